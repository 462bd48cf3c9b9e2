"""The smooth gates: gelu (exact and tanh), silu/swish, mish, softplus, log_sigmoid,
tanhshrink, celu, selu. Format: see classic.py.

Parameters that enter an exponential are taken as the Double the reference resolves to
(mpf(float(text))), not as the decimal: e^(1.3x) and e^(fl(1.3)x) differ by |x|·1e−17
relative, tens of ulps at x = −400, and the Swift code is exact for its Double parameter.
Every formula below is free of cancellation except at the true zeros of f', which
"derivative_scale" covers (it returns the size of the terms that cancel there, so the
test may use an absolute tolerance within a few ulps of that size).
"""
import math
import random

import mpmath
from mpmath import mpf


def sig(v):
    """sigma(v) without overflow of exp for either sign."""
    if v >= 0:
        return 1 / (1 + mpmath.exp(-v))
    e = mpmath.exp(v)
    return e / (1 + e)


# --- gelu --------------------------------------------------------------------------------

def ncdf(x):
    """Phi(x); beyond |x| = 1e6 (where mpmath's erfc overflows a float internally) from
    the Mills ratio series R(t) = 1/t - 1/t^3 + 3/t^5 - 15/t^7, relative error < 1e-40."""
    if abs(x) <= 10 ** 6:
        return mpmath.ncdf(x)
    t = abs(x)
    tail = mpmath.npdf(t) * (1 / t - 1 / t ** 3 + 3 / t ** 5 - 15 / t ** 7)
    return tail if x < 0 else 1 - tail


def gelu(x):
    return x * ncdf(x)


def gelu_d(x):
    return ncdf(x) + x * mpmath.npdf(x)


def gelu_scale(x):
    return abs(ncdf(x)) + abs(x * mpmath.npdf(x))


C = mpmath.sqrt(2 / mpmath.pi)
KAPPA = mpf("0.044715")


def gelu_tanh_vw(x):
    # 0.5x(1 + tanh u) = x sigma(2u); derivative sigma(v)(1 + w sigma(-v)), w = x v'.
    return 2 * C * (x + KAPPA * x ** 3), 2 * C * (x + 3 * KAPPA * x ** 3)


def gelu_tanh(x):
    v, _ = gelu_tanh_vw(x)
    return x * sig(v)


def gelu_tanh_d(x):
    v, w = gelu_tanh_vw(x)
    return sig(v) * (1 + w * sig(-v))


def gelu_tanh_scale(x):
    v, w = gelu_tanh_vw(x)
    return sig(v) * (1 + abs(w) * sig(-v))


# --- silu, mish --------------------------------------------------------------------------

def silu(beta):
    b = mpf(float(beta))
    f = lambda x: x * sig(b * x)
    df = lambda x: sig(b * x) * (1 + b * x * sig(-b * x))
    scale = lambda x: sig(b * x) * (1 + abs(b * x) * sig(-b * x))
    return f, df, scale


def mish(x):
    return x * mpmath.tanh(mpmath.log1p(mpmath.exp(x)))


def mish_parts(x):
    sp = mpmath.log1p(mpmath.exp(x))
    return mpmath.tanh(sp), x * mpmath.sech(sp) ** 2 * sig(x)


def mish_d(x):
    a, b = mish_parts(x)
    return a + b


def mish_scale(x):
    a, b = mish_parts(x)
    return abs(a) + abs(b)


# --- softplus, log_sigmoid ---------------------------------------------------------------

def softplus(beta, threshold=math.inf):
    fb = float(beta)
    b = mpf(fb)

    def over(x):  # PyTorch compares the rounded product beta*x with the threshold
        return fb * float(x) > threshold

    f = lambda x: x if over(x) else mpmath.log1p(mpmath.exp(b * x)) / b
    df = lambda x: mpf(1) if over(x) else sig(b * x)
    return f, df


def log_sigmoid(x):
    return -mpmath.log1p(mpmath.exp(-x))


def log_sigmoid_d(x):
    return sig(-x)


# --- tanhshrink --------------------------------------------------------------------------

def tanhshrink(x):
    if abs(x) < mpf("1e-10"):  # x - tanh x would cancel beyond 256 bits for tiny x
        return x ** 3 / 3 - 2 * x ** 5 / 15 + 17 * x ** 7 / 315
    return x - mpmath.tanh(x)


def tanhshrink_d(x):
    return mpmath.tanh(x) ** 2


# --- celu, selu --------------------------------------------------------------------------

def celu(alpha):
    a = mpf(float(alpha))
    return (lambda x: x if x > 0 else a * mpmath.expm1(x / a)), \
           (lambda x: mpf(1) if x > 0 else mpmath.exp(x / a))


LAMBDA = mpf("1.0507009873554804934193349852946")
ALPHA = mpf("1.6732632423543772848170429916717")


def selu(x):
    return LAMBDA * x if x > 0 else LAMBDA * ALPHA * mpmath.expm1(x)


def selu_d(x):
    return LAMBDA if x > 0 else LAMBDA * ALPHA * mpmath.exp(x)


# --- points ------------------------------------------------------------------------------

def _points():
    xs = []
    for m in [710.0, 745.0, 1e4, 103.97, 88.72, 709.78, 1e-8, 800.0, 5.0, 40.0, 37.5, 38.0,
              38.25, 38.5, 38.6, 26.0, 30.0, 200.0, 300.0, 2.0 ** -7, 1e-5, 2.0 ** -16, 2e-308]:
        xs += [m, -m]
    # The zeros of f' (gelu, gelu tanh, silu, mish) and their neighbours.
    for z in [-0.7517915246935645, -0.7524614220710163, -1.2784645427610738, -1.1924312145154952]:
        xs += [z, math.nextafter(z, -math.inf), math.nextafter(z, math.inf)]
    # Kinks and thresholds: 0 (selu, celu), x = 20/2 = 10 for softplus(beta=2, threshold=20).
    for k in [0.0, 10.0]:
        xs += [k, math.nextafter(k, -math.inf), math.nextafter(k, math.inf)]
    rng = random.Random(20240917)  # fixed seed: stable files
    for sign in (1.0, -1.0):
        for _ in range(1000):
            xs.append(sign * 10 ** rng.uniform(-10, 3))  # log-uniform in [1e-10, 1e3]
    # Where Phi(x) is subnormal but x*Phi(x) normal, and where e^x is subnormal.
    for _ in range(40):
        xs.append(-rng.uniform(37.4, 38.7))
        xs.append(-rng.uniform(705.0, 746.0))
    return xs + _boundaries()


def _boundaries():
    """Both sides of every switch in the fast kernels (issue 12); appended after the
    points above, so the lines those give stay where they were."""
    edges = [
        2.0 ** -27, 0.125, 1.0, 22.0,  # tanhshrink: x^3/3, series, precise e^y - 1, +-1
        0.35, 0.7, 40.0,  # e^y - 1 switches at |y| = 0.7 and -40 (tanhshrink, celu, selu)
        4.852030263919617,  # ln(1 + e): series below e = 2^-7, table above (softplus)
        138.62943611198907,  # e^v scaled once below 2^-200 (gates, mish, softplus)
        707.7, 745.2,  # e^y subnormal, 0
        # silu' (beta = 1, and v/1.7), gelu' (tanh form) and mish': the edges of the
        # windows where e is recomputed to 2^-100.
        -1.3304483777143938, -1.221164850991851, -1.3304483777143938 / 1.7, -1.221164850991851 / 1.7,
        -0.7806811544408401, -0.7211297488767906, -1.2447639531640557, -1.1256002247024748,
        # gelu': the Taylor polynomial at the zero x0, |x - x0| <= 1/16.
        -0.8142915246935645, -0.6892915246935645,
        # tanhshrink: (|x| - 1) + 2e/(1 + e) from |x| = 0.625 on.
        0.625,
    ]
    # gelu: every end of the Mills-ratio table's intervals.
    edges += [i / 4 for i in range(1, 33)] + [float(i) for i in range(9, 41)]
    xs = []
    for e in edges:
        for m in (e, math.nextafter(e, 0), math.nextafter(e, math.inf)):
            xs += [m, -m]
    return xs


POINTS = _points()


def _opts(scale=None, odd=False):
    o = {"points": POINTS}
    if scale is not None:
        o["derivative_scale"] = scale
    if odd:
        o["odd_at_zero"] = True
    return o


_silu1, _silu2 = silu("1"), silu("1.7")

FUNCTIONS = [
    ("gelu", gelu, gelu_d, _opts(gelu_scale, odd=True)),
    ("gelu(approximate=tanh)", gelu_tanh, gelu_tanh_d, _opts(gelu_tanh_scale, odd=True)),
    ("silu", _silu1[0], _silu1[1], _opts(_silu1[2], odd=True)),
    ("silu(beta=1.7)", _silu2[0], _silu2[1], _opts(_silu2[2], odd=True)),
    ("mish", mish, mish_d, _opts(mish_scale, odd=True)),
    ("softplus", *softplus("1"), _opts()),
    ("softplus(beta=2, threshold=20)", *softplus("2", 20.0), _opts()),
    ("softplus(beta=0.3)", *softplus("0.3"), _opts()),
    ("log_sigmoid", log_sigmoid, log_sigmoid_d, _opts()),
    ("tanhshrink", tanhshrink, tanhshrink_d, _opts(odd=True)),
    ("celu", *celu("1"), _opts(odd=True)),
    ("celu(alpha=0.5)", *celu("0.5"), _opts(odd=True)),
    ("celu(alpha=1.3)", *celu("1.3"), _opts(odd=True)),
    ("selu", selu, selu_d, _opts(odd=True)),
]
