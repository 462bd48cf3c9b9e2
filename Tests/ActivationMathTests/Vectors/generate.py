#!/usr/bin/env python3
"""Writes the reference vectors for ActivationMathTests from arbitrary-precision arithmetic.

Run from anywhere:  python3 Tests/ActivationMathTests/Vectors/generate.py
It rewrites double.tsv and float.tsv beside this script; commit them with the change
that made you regenerate. Requires mpmath (pip install mpmath).

Each data line is  reference<TAB>x<TAB>value<TAB>derivative  where
  reference   a catalogue reference such as "elu(alpha=0.5)" (resolved by the tests),
  x           the exact input as a C99 hex float (float.hex()),
  value       f(x) correctly rounded to the format, printed as the shortest decimal that
  derivative  reads back as that Double (repr); in float.tsv the rounded binary32 value is
              exactly representable as a Double, so its repr reads back exactly too.
Lines starting with '#' are comments.

Every value is computed with mpmath at 256 bits (77 digits) from formulas without
cancellation, then rounded ONCE from the mpf to binary64 or binary32, subnormals
included (round_to_format). Rounding to Double first and then to Float would double-round.
Infinity and NaN are tested in Swift directly, not here.

The functions live in families/*.py (see families/classic.py for the format); every
module there is read. A 5th column, when present, is an absolute tolerance for the
derivative near a zero of f' (4 ulp of the size of the terms that cancel there).
"""

import glob
import importlib.util
import math
import os
import random

import mpmath
from mpmath import mpf

mpmath.mp.prec = 256

HERE = os.path.dirname(os.path.abspath(__file__))

# (significand bits, minimum normal exponent, maximum exponent) of IEEE binary64/binary32.
DOUBLE = (53, -1022, 1023)
FLOAT = (24, -126, 127)


def round_to_format(v, fmt):
    """Rounds the mpf v to nearest (ties to even) in fmt, returned as a Python float."""
    p, emin, emax = fmt
    if mpmath.isnan(v):
        return math.nan                              # an undefined derivative, e.g. binary_step'(0)
    if v == 0:
        return 0.0
    _, e2 = mpmath.frexp(v)          # v = m * 2**e2 with 0.5 <= |m| < 1
    e = int(e2) - 1                  # 2**e <= |v| < 2**(e+1)
    quantum = max(e, emin) - (p - 1) # exponent of one ulp at v's scale (subnormals: fixed)
    n = int(mpmath.nint(mpmath.ldexp(v, -quantum)))  # nint rounds half to even
    if n == 0:
        return math.copysign(0.0, v)                 # underflow keeps the sign
    if e > emax or (e == emax and abs(n) >= 2 ** p):
        return math.copysign(math.inf, v)            # beyond the largest finite value
    return math.ldexp(float(n), quantum)   # exact: |n| <= 2**p fits in a double


# ---------------------------------------------------------------------------------------
# The points.

def points():
    xs = [k / 4 for k in range(-80, 81)]                 # grid over [-20, 20], step 0.25
    xs += [0.0, -0.0, 5e-324]
    for m in [1e-8, 1e-300, 0.5, 1.0, 2.0, 10.0, 20.0, 50.0, 88.72, 709.78, 1000.0, 1e308,
              5e-324, 2.2250738585072014e-308]:
        xs += [m, -m]
    rng = random.Random(20240601)                        # fixed seed: stable files
    for sign in (1.0, -1.0):
        for _ in range(200):
            xs.append(sign * 10 ** rng.uniform(-10, 3))  # log-uniform in [1e-10, 1e3]
    return xs


def unique(xs):
    seen, out = set(), []
    for x in xs:
        key = (x, math.copysign(1.0, x))                 # keep both +0 and -0
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def float_points(xs, extremes=True):
    """The points rounded to binary32, plus Float's own extremes; drops overflows."""
    out = []
    for x in xs:
        f = round_to_format(mpf(x), FLOAT) if x != 0 else x
        if math.isfinite(f):
            out.append(f)
    tiny = math.ldexp(1.0, -149)                         # smallest Float subnormal
    least_normal = math.ldexp(1.0, -126)
    if extremes:
        out += [tiny, -tiny, least_normal, -least_normal, 88.72283935546875, -88.72283935546875,
                103.97, -103.97]
    return unique([round_to_format(mpf(x), FLOAT) if x != 0 else x for x in out])


def families():
    """(reference, f, df, options) of every module in families/, in file-name order."""
    out = []
    for path in sorted(glob.glob(os.path.join(HERE, "families", "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for entry in module.FUNCTIONS:
            name, f, df = entry[:3]
            out.append((name, f, df, entry[3] if len(entry) > 3 else {}))
    return out


def ulp_of(v, fmt):
    """One unit in the last place of |v| in fmt, as an mpf (the subnormal quantum below)."""
    p, emin, _ = fmt
    if v == 0:
        return mpmath.ldexp(1, emin - (p - 1))
    _, e2 = mpmath.frexp(v)
    return mpmath.ldexp(1, max(int(e2) - 1, emin) - (p - 1))


def write(path, fmt, xs, title):
    lines = [
        f"# {title}: reference<TAB>x (hex)<TAB>value<TAB>derivative[<TAB>derivative absolute tolerance]",
        "# Generated by generate.py with mpmath at 256 bits; do not edit by hand.",
    ]
    for name, f, df, options in families():
        own = [x for x in options.get("points", []) if math.isfinite(x)]
        if fmt == FLOAT:
            own = float_points(own, extremes=False)
        for x in unique(xs + own):
            X = mpf(x)  # exact: every double is an mpf
            v = round_to_format(f(X), fmt)
            d = round_to_format(df(X), fmt)
            if x == 0 and math.copysign(1.0, x) < 0 and f(X) == 0 and options.get("odd_at_zero"):
                v = -0.0  # mpmath has no signed zero; an odd function keeps x's sign at 0
            line = f"{name}\t{x.hex()}\t{v!r}\t{d!r}"
            scale = options.get("derivative_scale")
            if scale is not None:
                tolerance = 4 * ulp_of(scale(X), fmt)
                if abs(df(X)) < 64 * tolerance:  # only near a zero of f'
                    line += f"\t{float(tolerance)!r}"
            lines.append(line)
    with open(path, "w") as out:
        out.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines) - 2} cases to {os.path.relpath(path)}")


def main():
    xs = unique(points())
    write(os.path.join(HERE, "double.tsv"), DOUBLE, xs, "Double (binary64)")
    write(os.path.join(HERE, "float.tsv"), FLOAT, float_points(xs), "Float (binary32)")


if __name__ == "__main__":
    main()
