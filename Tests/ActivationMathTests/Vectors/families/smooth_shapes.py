"""The smooth-shape family: identity, softsign, arctan, isru, isrlu, squareplus,
bent_identity, gaussian, sinusoid, sinc, sqnl (format: see classic.py).

Every formula here is written without cancellation (or with the cancellation worked out
at a higher precision), so mpmath's 256 bits give the correctly rounded result:
  * squareplus for x < 0 uses the conjugate b / (2(sqrt(x^2 + b) - x));
  * bent_identity writes sqrt(x^2 + 1) - 1 as x^2 / (sqrt(x^2 + 1) + 1);
  * sinc' for |x| < 1/2 is summed from its series, since x cos x - sin x ~ -x^3/3
    cancels about 2*log2(1/|x|) bits (x = 1e-300 would lose all 256).
"""
import math

import mpmath
from mpmath import mpf


def identity(x):
    return x


def one(x):
    return mpf(1)


def softsign(x):
    return x / (1 + abs(x))


def softsign_d(x):
    return 1 / (1 + abs(x)) ** 2


def arctan(x):
    return mpmath.atan(x)


def arctan_d(x):
    return 1 / (1 + x * x)


def isru(alpha):
    a = mpf(alpha)
    return (lambda x: x / mpmath.sqrt(1 + a * x * x)), \
           (lambda x: 1 / mpmath.sqrt(1 + a * x * x) ** 3)


def isrlu(alpha):
    f, df = isru(alpha)
    return (lambda x: x if x >= 0 else f(x)), (lambda x: mpf(1) if x >= 0 else df(x))


def squareplus(b):
    b = mpf(b)

    def f(x):
        s = mpmath.sqrt(x * x + b)
        return (x + s) / 2 if x >= 0 else b / (2 * (s - x))

    def df(x):
        s = mpmath.sqrt(x * x + b)
        return (1 + x / s) / 2 if x >= 0 else b / (2 * s * (s - x))

    return f, df


def bent_identity(x):
    return x * x / (2 * (mpmath.sqrt(x * x + 1) + 1)) + x


def bent_identity_d(x):
    return x / (2 * mpmath.sqrt(x * x + 1)) + 1


def gaussian(x):
    return mpmath.exp(-x * x)


def gaussian_d(x):
    return -2 * x * mpmath.exp(-x * x)


def sinc(x):
    return mpmath.sinc(x)  # unnormalised sin(x)/x, 1 at 0


def sinc_d(x):
    if abs(x) < mpf(1) / 2:
        # -x/3 + x^3/30 - x^5/840 + ...: sum_n (-1)^n 2n x^(2n-1) / (2n+1)!
        total, n = mpf(0), 1
        while True:
            term = (-1) ** n * 2 * n * x ** (2 * n - 1) / mpmath.factorial(2 * n + 1)
            total += term
            if abs(term) <= abs(total) * mpmath.ldexp(1, -300) or term == 0:
                return total
            n += 1
    return (x * mpmath.cos(x) - mpmath.sin(x)) / (x * x)


def sinc_scale(x):
    # The terms that cancel in f' = (x cos x - sin x)/x^2 near its zeros tan x = x; below
    # |x| = 2 the Swift code sums the series, where only x = 0 is a zero and nothing cancels.
    if abs(x) <= 2:
        return abs(x) / 3
    return (abs(x * mpmath.cos(x)) + abs(mpmath.sin(x))) / (x * x)


def sqnl(x):
    if x > 2:
        return mpf(1)
    if x < -2:
        return mpf(-1)
    return x - x * x / 4 if x >= 0 else x + x * x / 4


def sqnl_d(x):
    if abs(x) > 2:
        return mpf(0)
    return 1 - x / 2 if x >= 0 else 1 + x / 2


def around(*centres):
    """Each centre and its two neighbouring doubles."""
    out = []
    for c in centres:
        out += [math.nextafter(c, -math.inf), c, math.nextafter(c, math.inf)]
    return out


# Where x^2 overflows (|x| > 1.34e154) and the derivatives 1/x^2 turn subnormal.
HUGE = [1e150, 1e154, 1.3407807929942596e154, 1.4e154, 1e155, 1e160, 1e162, 1e200, 1e300]
HUGE = HUGE + [-h for h in HUGE]
# Near 0 and near 1 (branch points of several formulas).
SMALL = [1e-300, 1e-160, 1e-154, 1e-20, 1e-16, 1e-12, 3e-8, 1e-4, 0.01, 0.1] + around(1.0, -1.0)
SMALL = SMALL + [-s for s in SMALL]
# Gaussian: e^(-x^2) turns subnormal at x^2 = 708.4 (x = 26.62), the derivative at about
# x = 26.7, both are 0 past x = 27.3; Float: x^2 = 87.3, 103.3.
GAUSS = [26.6, 26.615, 26.62, 26.63, 26.65, 26.68, 26.7, 26.75, 27.0, 27.2, 27.25, 27.3, 27.5, 30.0,
         9.3, 9.34, 9.4, 10.1, 10.17, 10.2, 37.6, 38.0]
GAUSS = GAUSS + [-g for g in GAUSS]
# Zeros of cos (sinusoid') and of sinc' (tan x = x), and sinc's series limit 2.
PI_HALF = [k * math.pi / 2 for k in (1, 3, 5, 21, 201)]
TAN_ROOTS = [4.493409457909064, 7.725251836937707, 10.904121659428899, 14.066193912831473]
WAVES = around(*PI_HALF, *TAN_ROOTS, 2.0, math.pi, 2 * math.pi) + [1e308, 1e22, 1e10]
WAVES = WAVES + [-w for w in WAVES]

ODD = {"odd_at_zero": True}

# Both sides of the switches of issue 12's faster kernels, appended after the points above
# so the lines those give stay where they were: 1 + alpha*x^2 (and x^2 + b) at 2^990, where
# 1/sqrt leaves the exact product's range; sinc' windows where sine and cosine are
# recomputed to 2^-100, around its first two zeros.
FAST = around(2.0 ** 495, 2.0 ** 495.5, 2.0 ** 494.2, 4.492538428165953, 4.494277091826597,
              7.724745200511224, 7.725756498173791)
FAST = FAST + [-f for f in FAST]
# ISRU's and ISRLU's derivative divides 1 by A*sqrt(A), A = 1 + alpha*x^2, while A < 2^600
# (A*sqrt(A) would overflow from 2^682): both sides of that switch for alpha = 1, 0.5, 3.
ROOTS = around(2.0 ** 300, 2.0 ** 300.5, 2.0 ** 300 / math.sqrt(3))
FAST = FAST + ROOTS + [-r for r in ROOTS]
# sinc's table-driven sine and cosine: its limit |x| = 128, sinc' series limit 1, and the
# edges of the windows where |x cos x - sin x| below about (|x cos x| + |sin x|)/32 sends
# sinc' from the table to the 2^-64 sine and cosine, around its first two zeros.
SINC = around(1.0, 128.0, 4.4790525508811685, 4.506896369350994, 7.716900704341556, 7.733096862447291)
SINC = SINC + [-s for s in SINC]

FUNCTIONS = [
    ("identity", identity, one, {**ODD, "points": SMALL + HUGE}),
    ("softsign", softsign, softsign_d, {**ODD, "points": SMALL + HUGE}),
    ("arctan", arctan, arctan_d, {**ODD, "points": SMALL + HUGE}),
    ("isru", *isru("1"), {**ODD, "points": SMALL + HUGE + FAST}),
    ("isru(alpha=0.5)", *isru("0.5"), {**ODD, "points": SMALL + HUGE + FAST}),
    ("isrlu", *isrlu("1"), {**ODD, "points": SMALL + HUGE + FAST}),
    ("isrlu(alpha=3)", *isrlu("3"), {**ODD, "points": SMALL + HUGE + FAST}),
    ("squareplus", *squareplus("4"), {"points": SMALL + HUGE + FAST}),
    ("squareplus(b=1)", *squareplus("1"), {"points": SMALL + HUGE + FAST}),
    ("squareplus(b=0.25)", *squareplus("0.25"), {"points": SMALL + HUGE + FAST}),
    ("bent_identity", bent_identity, bent_identity_d, {**ODD, "points": SMALL + HUGE + FAST}),
    # gaussian' = -2x e^(-x^2) has its zero at x = 0 only, where nothing cancels: the
    # scale |f'| only gives x = 0 itself (f' = 0 exactly) a tolerance of 4 subnormals.
    ("gaussian", gaussian, gaussian_d,
     {"points": SMALL + HUGE + GAUSS, "derivative_scale": lambda x: abs(gaussian_d(x))}),
    # cos x near its zeros pi/2 + k pi: the size of the terms is 1 (an absolute tolerance).
    ("sinusoid", mpmath.sin, mpmath.cos,
     {**ODD, "points": SMALL + HUGE + WAVES, "derivative_scale": lambda x: mpf(1)}),
    ("sinc", sinc, sinc_d, {"points": SMALL + HUGE + WAVES + FAST + SINC, "derivative_scale": sinc_scale}),
    ("sqnl", sqnl, sqnl_d, {**ODD, "points": SMALL + HUGE + around(2.0, -2.0, 0.5, -0.5)}),
]
