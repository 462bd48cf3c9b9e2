"""The five classic activations: sigmoid, tanh, relu, leaky_relu, elu.

Each family module lists FUNCTIONS as (reference, f, df) or (reference, f, df, options):
options may hold "odd_at_zero" (carry the sign of -0.0 into f), "points" (extra x, e.g.
the neighbours of kinks), and "derivative_scale" (a function of x giving the size of the
terms that cancel in f', near a zero of f', so the test can use an absolute tolerance).
Values are written without cancellation, so mpmath's 256 bits are far more than enough.
"""
import math

import mpmath
from mpmath import mpf


def sigmoid(x):
    return 1 / (1 + mpmath.exp(-x))


def sigmoid_d(x):
    e = mpmath.exp(-abs(x))
    return e / (1 + e) ** 2


def tanh(x):
    return mpmath.tanh(x)


def tanh_d(x):
    return mpmath.sech(x) ** 2


def relu(x):
    return x if x > 0 else mpf(0)


def relu_d(x):
    return mpf(1) if x > 0 else mpf(0)


def leaky(slope):
    s = mpf(slope)  # the parameter as the decimal the reference names, not its binary value
    return (lambda x: x if x > 0 else s * x), (lambda x: mpf(1) if x > 0 else s)


def elu(alpha):
    a = mpf(alpha)
    return (lambda x: x if x > 0 else a * mpmath.expm1(x)), \
           (lambda x: mpf(1) if x > 0 else a * mpmath.exp(x))


def _boundaries():
    """Both sides of every switch in the fast kernels (issue 12), and inputs where glibc's
    tanh (Double) and tanhf (Float) are 2 ulp off, which the old Tanh returned."""
    edges = [
        2.0 ** -27,  # tanh x = x below
        0.35,  # tanh: e^(-2|x|) - 1 switches from the reduced form to e^y - 1 (|y| = 0.7)
        0.7,  # elu: the same switch in e^x - 1
        20.0, 22.0,  # tanh: e^(-2|x|) below 2^-57; tanh = +-1 from 22
        40.0,  # e^x - 1 = -1 + e^x exactly below -40
        346.57359027997264,  # tanh': e^(-2|x|) scaled once below 2^-1000
        380.0,  # tanh' = 0 beyond
        707.7,  # e^x subnormal (k < -1021)
        745.2, 800.0,  # e^x = 0 below -745.2; elu' = 0 below -800
    ]
    xs = []
    for e in edges:
        for m in (e, math.nextafter(e, 0), math.nextafter(e, math.inf)):
            xs += [m, -m]
    glibc_tanh = ["0x1.bb26d04f9f95ap-2", "0x1.bdb9260372874p-3", "0x1.e7bbcd7c5aab2p-2", "0x1.ac41e3a18f3dap-2",
                  "0x1.71cfac972b978p-2", "0x1.0a723ba0a01e9p-1", "0x1.e745533867d2cp-3", "0x1.88dae53054d9cp-3",
                  "0x1.113dcd2cc7b32p-1", "0x1.fe717a6e9ac74p-3", "0x1.6fbdc90e22476p-2", "0x1.0d7179dbc862fp-1"]
    glibc_tanhf = ["0x1.f7c12cp-2", "0x1.0d8116p-1", "0x1.7ce868p-2", "0x1.102bfap-1", "0x1.da4298p-2",
                   "0x1.d2fed6p-3", "0x1.fdab22p-1", "0x1.da8f64p-1", "0x1.dd0f04p-2", "0x1.f7e232p-2",
                   "0x1.0acb0ep-1", "0x1.f275fap-3"]
    return xs + [float.fromhex(h) for h in glibc_tanh + glibc_tanhf]


BOUNDARIES = _boundaries()

FUNCTIONS = [
    ("sigmoid", sigmoid, sigmoid_d, {"points": BOUNDARIES}),
    ("tanh", tanh, tanh_d, {"odd_at_zero": True, "points": BOUNDARIES}),
    ("relu", relu, relu_d),
    ("leaky_relu", *leaky("0.01"), {"odd_at_zero": True}),
    ("leaky_relu(negative_slope=0.2)", *leaky("0.2"), {"odd_at_zero": True}),
    ("elu", *elu("1"), {"odd_at_zero": True, "points": BOUNDARIES}),
    ("elu(alpha=0.5)", *elu("0.5"), {"odd_at_zero": True, "points": BOUNDARIES}),
]


