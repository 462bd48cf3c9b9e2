"""Helpers of readout_check.py: the expected text, written independently of plot.js,
the browser set-up, and the small scripts run in the page to read what it drew."""
import decimal
import math

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

MINUS = "\u2212"
SUPERSCRIPT = str.maketrans("0123456789-", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207b")
HINT_START = "Point at the plot"


# --- Expected text, written independently of plot.js ---------------------------------

def step_decimals(step):
    """Decimal places of the sample step as its shortest text has them: 0.05 -> 2."""
    exponent = decimal.Decimal(repr(float(step))).normalize().as_tuple().exponent
    return max(0, min(20, -exponent))


def format_x(x, decimals):
    text = f"{x:.{decimals}f}"
    if float(text) == 0:
        text = text.replace("-", "")
    return text.replace("-", MINUS)


def format_value(v):
    """4 significant digits; plain for 0.001 <= |v| < 1e6, else 'm × 10ⁿ'."""
    if v is None or not isinstance(v, (int, float)) or not math.isfinite(v):
        return "undefined"
    r = float(f"{v:.4g}")
    if r == 0:
        return "0"
    if 1e-3 <= abs(r) < 1e6:
        text = repr(r)
        if text.endswith(".0"):
            text = text[:-2]
        return text.replace("-", MINUS)
    mantissa, exponent = f"{r:.3e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return mantissa.replace("-", MINUS) + " \u00d7 10" + str(int(exponent)).translate(SUPERSCRIPT)


# --- Browser helpers --------------------------------------------------------------------

def make_driver(performance_log=False):
    """Headless Chromium through Debian's chromedriver, with the console log readable by
    driver.get_log("browser"); performance_log adds the DevTools events (every network
    request) to driver.get_log("performance")."""
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,1000",
                "--allow-file-access-from-files"):
        options.add_argument(arg)
    logs = {"browser": "ALL", "performance": "ALL"} if performance_log else {"browser": "ALL"}
    options.set_capability("goog:loggingPrefs", logs)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


# Records where the last pointer event landed, to calibrate ActionChains offsets.
TRACK_JS = """
if (!window.__readoutTrack) {
  window.__readoutTrack = true;
  document.addEventListener('pointermove', function (e) { window.__lastPointer = [e.clientX, e.clientY]; }, true);
}"""

VIEW_TO_CLIENT_JS = """
var svg = arguments[0], p = svg.createSVGPoint(); p.x = arguments[1]; p.y = arguments[2];
p = p.matrixTransform(svg.getScreenCTM()); return [p.x, p.y];"""

READOUT_JS = """
var p = arguments[0], x = p.querySelector('.readout-x');
return {text: p.textContent.replace(/\\s+/g, ' ').trim(), x: x ? x.textContent : null,
  items: Array.prototype.map.call(p.querySelectorAll('.readout-item'), function (e) {
    var s = e.querySelector('.swatch');
    return [e.getAttribute('data-series'), s ? s.className : ''];
  })};"""

# The viewBox x under the last pointer event.
POINTER_VIEW_X_JS = """
var svg = arguments[0], q = window.__lastPointer, p = svg.createSVGPoint(); p.x = q[0]; p.y = q[1];
return p.matrixTransform(svg.getScreenCTM().inverse()).x;"""

# The plot area as drawn (the curves' clip rectangle) and the x tick labels' positions.
DRAWN_JS = """
var svg = arguments[0], rect = null, g = svg.querySelector('g[clip-path]');
var m = g && /url\\(["']?#([^"')]+)/.exec(g.getAttribute('clip-path'));
var clip = m && document.getElementById(m[1]);
rect = (clip && clip.querySelector('rect')) || svg.querySelector('clipPath rect');
return {clip: rect ? ['x', 'y', 'width', 'height'].map(function (k) { return Number(rect.getAttribute(k)); }) : null,
  xticks: Array.prototype.map.call(svg.querySelectorAll('.tick.x text'), function (t) {
    return [t.textContent, Number(t.getAttribute('x'))]; })};"""

MARKS_JS = """
var m = arguments[0].querySelector('.readout-marks');
if (!m) return null;
var rule = m.querySelector('.readout-rule');
return {shown: getComputedStyle(m).display !== 'none',
  rule: rule ? Number(rule.getAttribute('x1')) : null,
  dots: Array.prototype.map.call(m.querySelectorAll('.readout-dot'), function (d) {
    return [Number(d.getAttribute('cx')), Number(d.getAttribute('cy')), d.getAttribute('class')];
  })};"""
