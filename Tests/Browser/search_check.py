#!/usr/bin/env python3
"""The site search (issue 14) in headless Chromium, from file:// (no flag that loosens
file access): the box is there, "/" focuses it, the index loads on demand, an English
prefix and a Chinese query find the right lesson and heading with the terms marked,
the arrows move through the results, Enter opens the chosen one at its heading, Escape
closes. Also the query terms search.js makes (English words, CJK bigrams, mixed).

Usage: search_check.py SITE ZH_SITE [COURSE_ZH] [--timing]
  SITE       the shipped course, built (e.g. .build/check-site)
  ZH_SITE    Tests/Browser/Fixtures/course-zh, built
  COURSE_ZH  the shipped course's Chinese site (SITE/zh): its own index finds Chinese
             lessons, and English words only in its Chinese pages
  --timing only print the times to the first result (typed as the box is focused, and
           typed once the index that focusing loads is in) and of later queries,
           measured with performance.now() in the page; used on the 1,000-lesson
           benchmark course.
Exits 1 with every failure listed.
"""
import pathlib
import sys
import unicodedata

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "Site"))
from check_numbers import is_cjk  # noqa: E402  (the CJK ranges, shared with the site checks)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def make_driver():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


RESULTS_JS = """
return Array.prototype.map.call(document.querySelectorAll('#site-search-results [role=option]'), function (o) {
  return {where: o.querySelector('.search-where').textContent, href: o.getAttribute('data-href'),
    selected: o.getAttribute('aria-selected'), snippet: (o.querySelector('.search-snippet') || {}).textContent || '',
    marks: Array.prototype.map.call(o.querySelectorAll('mark'),
    function (m) { return m.textContent; }), id: o.id};
});"""

# Focus (the index not loaded yet) or a new query (loaded): from the event to the first
# option in the listbox, in the page's own clock.
TIMING_JS = """
var query = arguments[0], done = arguments[arguments.length - 1];
var input = document.getElementById('site-search-input'), list = document.getElementById('site-search-results');
list.textContent = '';
var observer = new MutationObserver(function () {
  if (list.querySelector('[role=option]')) { observer.disconnect(); done(performance.now() - t0); }
});
observer.observe(list, {childList: true});
var t0 = performance.now();
input.focus();
input.value = query;
input.dispatchEvent(new Event('input', {bubbles: true}));
setTimeout(function () { observer.disconnect(); done(-1); }, 10000);"""


def results(driver):
    return driver.execute_script(RESULTS_JS)


def snippets_in(driver):
    return driver.execute_script(
        "return document.getElementById('site-search-results').getAttribute('aria-busy') !== 'true';")


def wait_results(driver, predicate=lambda r: len(r) > 0):
    """The results once the predicate holds and their snippets are in (the list is not busy)."""
    try:
        WebDriverWait(driver, 5).until(lambda d: predicate(results(d)) and snippets_in(d))
    except Exception:
        pass
    return results(driver)


def type_query(driver, text):
    box = driver.find_element(By.ID, "site-search-input")
    box.clear()
    box.send_keys(text)
    return box


def check_terms(driver):
    terms = driver.execute_script("return window.atlasSearch.terms(arguments[0]);", "Sigm ReLU's 饱和函数 x2 饱")
    check(terms == [{"text": "sigm", "cjk": False}, {"text": "relu", "cjk": False}, {"text": "s", "cjk": False},
                    {"text": "饱和", "cjk": True}, {"text": "和函", "cjk": True}, {"text": "函数", "cjk": True},
                    {"text": "x2", "cjk": False}, {"text": "饱", "cjk": True}],
          f"terms of a mixed query: {terms}")
    terms = driver.execute_script("return window.atlasSearch.terms(arguments[0]);", "ソフトマックス関数")
    check([t["text"] for t in terms][:2] == ["ソフ", "フト"], f"katakana bigrams: {terms}")


def check_english(driver, site):
    driver.get((site / "relu.html").as_uri())
    check(driver.find_element(By.ID, "site-search-input").get_attribute("role") == "combobox",
          "the search box is a combobox")
    check(driver.execute_script("return !window.atlasSearchIndex && !window.atlasSearchText;"),
          "neither the index nor the prose is loaded before it is needed")
    check_terms(driver)
    # "/" focuses the box from the page.
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    check(driver.switch_to.active_element.get_attribute("id") == "site-search-input", "'/' focuses the search box")
    box = type_query(driver, "saturat")
    found = wait_results(driver)
    check(found, "'saturat' finds something")
    check(any("sigmoid.html#" in r["href"] for r in found[:5]), f"'saturat' finds the sigmoid lesson's sections: {found[:5]}")
    check(all(any(m.lower().startswith("saturat") for m in r["marks"]) for r in found),
          "every result marks a word starting with 'saturat'")
    check(all(r["snippet"] for r in found), f"every result has its snippet: {found}")
    status = driver.find_element(By.ID, "site-search-status").text or driver.execute_script(
        "return document.getElementById('site-search-status').textContent;")
    check("result" in status, f"the live region counts the results: {status!r}")
    check(box.get_attribute("aria-expanded") == "true", "the combobox says its list is open")
    # "dying" finds ReLU's drawbacks; "dead relu" ranks the question with both in its heading first.
    type_query(driver, "dying")
    found = wait_results(driver)
    check(any(r["href"].endswith("relu.html#drawbacks") and r["where"] == "ReLU › Drawbacks" for r in found[:3]),
          f"'dying' finds ReLU › Drawbacks among the first three: {found[:3]}")
    box = type_query(driver, "dead relu")
    found = wait_results(driver, lambda r: len(r) > 0 and "dead" in r[0]["where"])
    check(found and found[0]["href"].endswith("questions.html#what-is-a-dead-relu-and-how-common-is-it"),
          f"'dead relu' leads to the question's heading first: {found[:3]}")
    # Arrows move, Enter opens the chosen result at its heading.
    box.send_keys(Keys.ARROW_DOWN)
    box.send_keys(Keys.ARROW_DOWN)
    now = results(driver)
    check(len(now) < 2 or now[1]["selected"] == "true", "↓↓ chooses the second result")
    check(len(now) < 2 or box.get_attribute("aria-activedescendant") == now[1]["id"],
          "aria-activedescendant names the chosen option")
    box.send_keys(Keys.ARROW_UP)
    now = results(driver)
    check(now and now[0]["selected"] == "true", "↑ goes back to the first")
    target = now[0]["href"] if now else ""
    box.send_keys(Keys.ENTER)
    try:
        WebDriverWait(driver, 5).until(lambda d: d.current_url == target)
    except Exception:
        pass
    check(driver.current_url == target, f"Enter opens {target}, got {driver.current_url}")
    fragment = target.split("#", 1)[1] if "#" in target else ""
    check(fragment and driver.execute_script("return !!document.getElementById(arguments[0]);", fragment),
          f"the heading #{fragment} is on the page Enter opened")
    # Escape closes the list; a second Escape clears the box.
    box = type_query(driver, "softmax")
    wait_results(driver)
    box.send_keys(Keys.ESCAPE)
    check(driver.find_element(By.ID, "site-search-results").get_attribute("hidden") is not None,
          "Escape closes the results")
    box.send_keys(Keys.ESCAPE)
    check(box.get_attribute("value") == "", "a second Escape clears the box")
    # Nothing found says so.
    type_query(driver, "qqxyzzy")
    WebDriverWait(driver, 5).until(lambda d: d.execute_script(
        "return document.getElementById('site-search-status').textContent;") != "")
    check(driver.execute_script("return document.getElementById('site-search-status').textContent;") == "No results",
          "a query that finds nothing says 'No results'")
    # "/" typed in the box is text, not a shortcut.
    box = type_query(driver, "a/b")
    check(box.get_attribute("value") == "a/b", "'/' inside the box is typed")


def check_prose_on_demand(driver, site, query):
    """On a fresh page, a query typed at once loads the prose files of the results shown, no other."""
    driver.get((site / "relu.html").as_uri())
    driver.execute_script("""
      var input = document.getElementById('site-search-input');
      input.focus(); input.value = arguments[0]; input.dispatchEvent(new Event('input', {bubbles: true}));""", query)
    found = wait_results(driver)
    check(found and all(r["snippet"] for r in found), f"'{query}': every result has its snippet: {found}")
    loaded = driver.execute_script("return Object.keys(window.atlasSearchText || {}).map(Number).sort();")
    wanted = driver.execute_script("""
      var ix = window.atlasSearchIndex, parts = {};
      return window.atlasSearch.search(arguments[0]).slice(0, 12).map(function (hit) {
        return Math.floor(ix.sections[hit.section][0] / ix.chunk); }).filter(function (p) {
        return parts[p] ? false : (parts[p] = true); }).sort();""", query)
    check(loaded == wanted, f"'{query}': the prose files loaded are those of the results shown: {loaded}, wanted {wanted}")


ALL_SECTIONS_JS = """
var done = arguments[arguments.length - 1];
var input = document.getElementById('site-search-input');
input.focus();
(function wait() {
  var ix = window.atlasSearchIndex;
  if (!ix) { setTimeout(wait, 5); return; }
  var parts = Math.ceil(ix.lessons.length / ix.chunk), pending = parts;
  for (var p = 0; p < parts; p++) {
    var script = document.createElement('script');
    script.src = 'assets/search/' + p + '.js';
    script.onload = script.onerror = function () {
      if (--pending) return;
      var first = {};
      ix.sections.forEach(function (s, i) { if (!(s[0] in first)) first[s[0]] = i; });
      done(ix.sections.map(function (s, i) {
        var part = Math.floor(s[0] / ix.chunk);
        return [s[2] || ix.lessons[s[0]][1], window.atlasSearchText[part][i - first[part * ix.chunk]]];
      }));
    };
    document.head.appendChild(script);
  }
})();"""


def words(text):
    """The words of text as docs/reader.md's "Search" defines them, written from that text alone."""
    out, word = [], ""
    for ch in text.lower().replace("ς", "σ"):
        if not is_cjk(ch) and unicodedata.category(ch)[0] in "LNM":
            word += ch
        else:
            if word:
                out.append(word)
            word = ""
    return out + ([word] if word else [])


def check_against_scan(driver, site, queries):
    """Every query finds exactly the sections a plain scan of their text finds: each query
    word starts a word of the section's heading (or its lesson's title) or prose, each CJK
    term occurs in it. An independent reading of the same rules, over the prose files."""
    driver.get((site / "index.html").as_uri())
    sections = driver.execute_async_script(ALL_SECTIONS_JS)
    for query in queries:
        terms = driver.execute_script("return window.atlasSearch.terms(arguments[0]);", query)
        scanned = []
        for number, (heading, text) in enumerate(sections):
            hay = heading + " " + (text or "")
            hay_words = words(hay)
            folded = hay.lower().replace("ς", "σ")
            if all(t["text"] in folded if t["cjk"] else any(w.startswith(t["text"]) for w in hay_words) for t in terms):
                scanned.append(number)
        found = sorted(hit["section"] for hit in driver.execute_script(
            "return window.atlasSearch.search(arguments[0]);", query))
        check(found == scanned, f"'{query}' finds the sections a scan finds: {len(found)} against {len(scanned)}, "
                                f"differing in {sorted(set(found) ^ set(scanned))[:10]}")


def check_chinese(driver, site):
    driver.get((site / "relu.html").as_uri())
    check(driver.find_element(By.ID, "site-search-input").get_attribute("placeholder").startswith("搜索"),
          "a Chinese site's box says 搜索")
    type_query(driver, "饱和")
    found = wait_results(driver)
    check(found and found[0]["href"].endswith("sigmoid.html#" + "饱和区")
          or found and found[0]["href"].endswith("sigmoid.html#%E9%A5%B1%E5%92%8C%E5%8C%BA"),
          f"饱和 finds the sigmoid lesson's 饱和区 heading first: {found[:3]}")
    check(found and "饱和" in found[0]["marks"], f"饱和 is marked: {found[:1]}")
    type_query(driver, "神经元死亡")
    found = wait_results(driver)
    check(found and "relu.html#" in found[0]["href"] and "神经元死亡" in found[0]["where"],
          f"神经元死亡 finds its heading: {found[:3]}")
    type_query(driver, "零")
    found = wait_results(driver)
    check(len(found) == 3, f"one character finds the three sections holding 零: {found}")
    type_query(driver, "dying 梯度")
    found = wait_results(driver)
    check(len(found) == 1 and "relu.html#" in found[0]["href"], f"mixed English and Chinese: {found}")


FOCUS_AND_WAIT_JS = """
var done = arguments[arguments.length - 1];
document.getElementById('site-search-input').focus();
var t0 = performance.now();
(function wait() {
  if (window.atlasSearchIndex) done(performance.now() - t0);
  else if (performance.now() - t0 > 10000) done(-1);
  else setTimeout(wait, 5);
})();"""


def check_chinese_course(driver, site):
    """The shipped course's Chinese site searches its own index: 梯度消失 leads to the lesson
    on vanishing gradients, and every result is a page of the Chinese site."""
    driver.get((site / "relu.html").as_uri())
    check(driver.find_element(By.ID, "site-search-input").get_attribute("placeholder").startswith("搜索"),
          "the Chinese course's box says 搜索")
    type_query(driver, "梯度消失")
    found = wait_results(driver)
    check(any("vanishing-gradients.html" in r["href"] for r in found[:3]),
          f"梯度消失 finds the vanishing-gradients lesson among the first three: {found[:3]}")
    check(found and all(f"/{site.name}/" in r["href"] for r in found), f"results stay in the Chinese site: {found[:3]}")
    check(all("梯度" in "".join(r["marks"]) for r in found if r["marks"]), f"the terms are marked: {found[:2]}")


def timing(driver, site, queries=("gradient", "hardtanh", "steep pointer")):
    """Three figures, in ms: the first query typed in the same instant as the box is
    focused (so it waits for the index to load), the first query typed once the index,
    which focusing the box loads, is in (a reader takes longer than that between
    focusing and typing), and later queries."""
    driver.get((site / "index.html").as_uri())
    at_once = driver.execute_async_script(TIMING_JS, queries[0])
    driver.get((site / "index.html").as_uri())
    driver.execute_async_script(FOCUS_AND_WAIT_JS)
    first = driver.execute_async_script(TIMING_JS, queries[0])
    warm = [driver.execute_async_script(TIMING_JS, q) for q in queries[1:] + queries[:1]]
    return at_once, first, warm


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    site, zh_site = pathlib.Path(argv[1]).resolve(), pathlib.Path(argv[2]).resolve()
    driver = make_driver()
    driver.set_script_timeout(15)
    try:
        if "--timing" in argv:
            at_once, first, warm = timing(driver, site)
            print(f"first result, typed as the box is focused (index loading): {at_once:.1f} ms; "
                  f"typed once the index is in: {first:.1f} ms; later queries: "
                  + ", ".join(f"{w:.1f} ms" for w in warm))
            return 0
        check_english(driver, site)
        check_prose_on_demand(driver, site, "saturat")
        check_prose_on_demand(driver, site, "unit")
        check_against_scan(driver, site, ("saturat", "relu gradient", "x", "0", "σ", "the", "dead relu", "soft",
                                          "gelu tanh", "leaky", "e", "pytorch's", "1.0", "qqxyzzy"))
        check_against_scan(driver, zh_site, ("饱和", "零", "梯度", "dying 梯度", "relu", "函数", "的", "sigmoid 函数"))
        check_chinese(driver, zh_site)
        course_zh = [a for a in argv[3:] if not a.startswith("--")]
        if course_zh:
            check_chinese_course(driver, pathlib.Path(course_zh[0]).resolve())
        at_once, first, warm = timing(driver, site, ("saturat", "gradient", "dying relu"))
        check(0 <= at_once < 1000 and 0 <= first < 1000 and all(0 <= w < 200 for w in warm),
              f"search answers: typed at once {at_once} ms, first {first} ms, later {warm}")
        errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, f"console errors: {errors}")
    finally:
        driver.quit()
    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print(f"search: all checks pass (first result {at_once:.1f} ms typed at once, {first:.1f} ms once the "
              f"index is in, later {warm[0]:.1f} ms)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
