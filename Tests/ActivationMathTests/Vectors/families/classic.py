"""The five classic activations: sigmoid, tanh, relu, leaky_relu, elu.

Each family module lists FUNCTIONS as (reference, f, df) or (reference, f, df, options):
options may hold "odd_at_zero" (carry the sign of -0.0 into f), "points" (extra x, e.g.
the neighbours of kinks), and "derivative_scale" (a function of x giving the size of the
terms that cancel in f', near a zero of f', so the test can use an absolute tolerance).
Values are written without cancellation, so mpmath's 256 bits are far more than enough.
"""
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


FUNCTIONS = [
    ("sigmoid", sigmoid, sigmoid_d),
    ("tanh", tanh, tanh_d, {"odd_at_zero": True}),
    ("relu", relu, relu_d),
    ("leaky_relu", *leaky("0.01"), {"odd_at_zero": True}),
    ("leaky_relu(negative_slope=0.2)", *leaky("0.2"), {"odd_at_zero": True}),
    ("elu", *elu("1"), {"odd_at_zero": True}),
    ("elu(alpha=0.5)", *elu("0.5"), {"odd_at_zero": True}),
]


