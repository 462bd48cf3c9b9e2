"""The piecewise shapes: binary_step, threshold, prelu, rrelu, relu6, hardtanh, hardsigmoid,
hardswish, softshrink, hardshrink (Sources/ActivationMath/Functions/Piecewise*.swift).

Format as in classic.py. Two choices differ from classic.py:

- Parameters enter as the Double the catalogue stores (mpf(float(text)), exact), not as
  the decimal the reference names. The kinks and jumps sit exactly at those Doubles, and
  beside a kink x - lambda is tiny: with the decimal 0.3 instead of the Double
  0.29999999999999998..., softshrink(lambda=0.3) just above the kink would differ from
  the function the code defines in every digit.
- binary_step'(0) is undefined: the derivative is NaN there. generate.py's
  round_to_format must pass NaN through (it writes "nan"; ULP.swift counts NaN against
  NaN as 0 ulp).
- Values are computed at 2400 bits (see exact below), so no 256-bit rounding can fake a
  tie in the final rounding.

"points" holds every kink and jump with its nextafter neighbours in Double and in Float
(the Float file rounds the points to binary32, so the Double neighbours alone would
collapse onto the kink there), plus points 1e-12 and 1e-6 away on both sides.
"""
import math
import struct

import mpmath
from mpmath import mpf


def param(text):
    """The parameter as the catalogue's Double, exactly."""
    return mpf(float(text))


def float32_neighbours(x):
    """The binary32 value nearest x and the binary32 values just below and above it."""
    f = struct.unpack("<f", struct.pack("<f", x))[0]
    if not math.isfinite(f):
        return []
    bits = struct.unpack("<I", struct.pack("<f", f))[0]
    out = [f]
    for step in (-1, 1):
        # Moving the bit pattern away from / towards zero gives the next magnitude.
        if f == 0:
            out.append(step * math.ldexp(1.0, -149))
            continue
        b = bits + (step if f > 0 else -step)
        out.append(struct.unpack("<f", struct.pack("<I", b))[0])
    return out


def around(*positions):
    """Each position, its Double and Float neighbours, and points 1e-12 and 1e-6 away."""
    xs = []
    for p in positions:
        p = float(p)
        xs += [p, math.nextafter(p, -math.inf), math.nextafter(p, math.inf)]
        xs += float32_neighbours(p)
        xs += [p - 1e-12, p + 1e-12, p - 1e-6, p + 1e-6]
    return xs


ZERO, ONE = mpf(0), mpf(1)


def exact(fn):
    """fn evaluated at 2400 bits: a sum or product of Doubles is then exact (exponents span
    about 2100 bits), so round_to_format, which shifts and rounds the mpf without another
    rounding, rounds the exact value once. At 256 bits x + 3 for x = 5e-324 would drop x
    and make hardswish(5e-324) a false tie (rounded to 0 instead of 5e-324)."""
    def wrapped(x):
        with mpmath.workprec(2400):
            return fn(x)
    return wrapped


def binary_step():
    return (lambda x: ONE if x >= 0 else ZERO), \
           (lambda x: mpmath.nan if x == 0 else ZERO)


def threshold(t, v):
    t, v = param(t), param(v)
    return (lambda x: x if x > t else v), (lambda x: ONE if x > t else ZERO)


def prelu(a):
    a = param(a)
    return (lambda x: x if x > 0 else a * x), (lambda x: ONE if x > 0 else a)


def rrelu(lower, upper):
    # The exact mean of the two Doubles; the Swift slope is its correctly rounded value.
    s = (param(lower) + param(upper)) / 2
    return (lambda x: x if x > 0 else s * x), (lambda x: ONE if x > 0 else s)


def hardtanh(lo, hi):
    lo, hi = param(lo), param(hi)
    return (lambda x: lo if x <= lo else (hi if x >= hi else x)), \
           (lambda x: ONE if lo < x < hi else ZERO)


def hardsigmoid(x):
    return ZERO if x <= -3 else (ONE if x >= 3 else (x + 3) / 6)


def hardsigmoid_d(x):
    return mpf(1) / 6 if -3 < x < 3 else ZERO


def hardswish(x):
    return ZERO if x <= -3 else (x if x >= 3 else x * (x + 3) / 6)


def hardswish_d(x):
    # PyTorch autograd at the kinks: 0 at -3 (flat side), 1 at 3 (linear side).
    return ZERO if x <= -3 else (ONE if x >= 3 else (2 * x + 3) / 6)


def hardswish_scale(x):
    # f' = (2x + 3)/6 vanishes at x = -1.5, where 2x and 3 cancel; their size is
    # (2|x| + 3)/6. (Swift computes 2x + 3 exactly there, but the test may still use
    # this absolute tolerance near the zero.) Outside (-3, 3) f' is exactly 0 or 1 and
    # nothing cancels: scale 0 makes the tolerance a few subnormals, i.e. none.
    return (2 * abs(x) + 3) / 6 if -3 < x < 3 else ZERO


def softshrink(lam):
    l = param(lam)
    return (lambda x: x - l if x > l else (x + l if x < -l else ZERO)), \
           (lambda x: ZERO if -l <= x <= l else ONE)


def hardshrink(lam):
    l = param(lam)
    return (lambda x: ZERO if -l <= x <= l else x), \
           (lambda x: ZERO if -l <= x <= l else ONE)


LAMBDA_03 = float("0.3")

RAW = [
    ("binary_step", *binary_step(), {"points": around(0)}),
    ("threshold(threshold=1, value=0)", *threshold("1", "0"), {"points": around(1)}),
    ("threshold(threshold=0.3, value=-2)", *threshold("0.3", "-2"), {"points": around(0.3)}),
    ("threshold(threshold=-1, value=-1)", *threshold("-1", "-1"), {"points": around(-1)}),
    ("prelu", *prelu("0.25"), {"odd_at_zero": True, "points": around(0)}),
    ("prelu(a=0.1)", *prelu("0.1"), {"odd_at_zero": True, "points": around(0)}),
    ("prelu(a=0)", *prelu("0"), {"points": around(0)}),
    ("rrelu", *rrelu("0.125", 1.0 / 3.0), {"odd_at_zero": True, "points": around(0)}),
    ("rrelu(lower=0.1, upper=0.3)", *rrelu("0.1", "0.3"), {"odd_at_zero": True, "points": around(0)}),
    ("relu6", *hardtanh("0", "6"), {"points": around(0, 6)}),
    ("hardtanh", *hardtanh("-1", "1"), {"odd_at_zero": True, "points": around(-1, 1)}),
    ("hardtanh(min_val=-0.5, max_val=0.3)", *hardtanh("-0.5", "0.3"),
     {"odd_at_zero": True, "points": around(-0.5, 0.3)}),
    ("hardsigmoid", hardsigmoid, hardsigmoid_d, {"points": around(-3, 3, 0)}),
    ("hardswish", hardswish, hardswish_d,
     {"odd_at_zero": True, "points": around(-3, 3, -1.5, 0), "derivative_scale": hardswish_scale}),
    ("softshrink", *softshrink("0.5"), {"points": around(-0.5, 0.5)}),
    ("softshrink(lambda=0.3)", *softshrink("0.3"), {"points": around(-LAMBDA_03, LAMBDA_03)}),
    ("hardshrink", *hardshrink("0.5"), {"points": around(-0.5, 0.5)}),
    ("hardshrink(lambda=0.3)", *hardshrink("0.3"), {"points": around(-LAMBDA_03, LAMBDA_03)}),
]


FUNCTIONS = [(name, exact(f), exact(df), *rest) for name, f, df, *rest in RAW]
