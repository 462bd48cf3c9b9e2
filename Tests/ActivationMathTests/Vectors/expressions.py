#!/usr/bin/env python3
"""Writes expressions.tsv: reference values and derivatives of expression-language formulas.

Run from anywhere:  python3 Tests/ActivationMathTests/Vectors/expressions.py
Requires mpmath. ExpressionTests+Vectors.swift reads the file and demands that
Expression.evaluate agrees within 4 ulp in Double (an expression composes several
correctly rounded operations, so 1 ulp is not promised) and 8 ulp in Float.

Each data line is  expression<TAB>x<TAB>value<TAB>derivative<TAB>float value<TAB>float derivative
  x              the exact input as a C99 hex float (float.hex()), exactly representable in Float,
  value, deriv.  f(x) and f'(x) correctly rounded to binary64, printed as repr;
  float columns  the same rounded once to binary32 (exactly representable as a Double).

Each formula is written twice: as the expression text under test and as an independent
mpmath function. Values are computed at 50 significant digits; derivatives come from
mpmath.diff (numerical differentiation at raised working precision, exact to far beyond
binary64 for these analytic functions), so nothing here shares code with the dual numbers.
Points avoid kinks (abs, max, elu, leaky_relu at 0) and places where the formula *as
written* is ill-conditioned, because there the roundings of the intermediate results are
amplified whatever the differentiation does, and an ulp measure says nothing about the
dual numbers. Examples left out: mish near its minimum at -1.19 (f' -> 0, terms cancel)
and at -3 (log(1 + exp(x)) rounds the sum; softplus would not), gelu at -3
(1 + erf(-2.1) cancels 370-fold; erfc would not), erf(x/sqrt(2))' at 4 (the rounding of
x/sqrt(2) is multiplied by 2u^2 = 16 in exp(-u^2)), log(sigmoid(x)) at 4 in Float
(log near 1). x*sigmoid(1.5*x) at -1 (its derivative cancels 5-fold: 6 ulp; the issue's acceptance
test checks it against the analytic formula instead).
"""

import math
import os

import mpmath
from mpmath import mpf

mpmath.mp.dps = 50
HERE = os.path.dirname(os.path.abspath(__file__))


def sigmoid(x):
    return 1 / (1 + mpmath.exp(-x))


def elu(x, alpha):
    return x if x > 0 else alpha * mpmath.expm1(x)


def leaky_relu(x, slope):
    return x if x > 0 else slope * x


POINTS = [-3, -1.25, -0.5, 0.25, 1, 2.5, 4]
POSITIVE = [0.25, 0.75, 1, 2.5, 4]
OFF_HALF = [-1.3, -0.2, 0.3, 1.1, 3.3]  # away from zeros of cos(pi*x)

# (expression text, mpmath function, points)
EXPRESSIONS = [
    ("x*sigmoid(1.5*x)", lambda x: x * sigmoid(mpf(1.5) * x), [1, -3, 0.25, 2.5, 4]),
    ("x^3 - 2*x^2 + x - 5", lambda x: x**3 - 2 * x**2 + x - 5, [-3, -1.25, -0.5, 2.5, 4]),
    ("exp(-x^2/2)", lambda x: mpmath.exp(-x**2 / 2), POINTS),
    ("log(1 + x^2)", lambda x: mpmath.log(1 + x**2), POINTS),
    ("sqrt(x^2 + 1)", lambda x: mpmath.sqrt(x**2 + 1), POINTS),
    ("sin(x)*cos(2*x)", lambda x: mpmath.sin(x) * mpmath.cos(2 * x), [-1.25, 0.25, 1, 2.5]),
    ("tanh(x)^2", lambda x: mpmath.tanh(x) ** 2, POINTS),
    ("erf(x/sqrt(2))", lambda x: mpmath.erf(x / mpmath.sqrt(2)), POINTS[:-1]),
    ("1/(1 + exp(-x))", lambda x: sigmoid(x), POINTS),
    ("x/(1 + abs(x))", lambda x: x / (1 + abs(x)), POINTS),
    ("2^x", lambda x: mpf(2) ** x, POINTS),
    ("x^x", lambda x: x**x, POSITIVE),
    ("max(x, 0.1*x)", lambda x: max(x, mpf("0.1") * x), POINTS),
    ("min(x^2, 1)", lambda x: min(x**2, 1), [-3, -0.5, 0.25, 2.5]),
    ("elu(x, alpha=0.5) + leaky_relu(2*x, negative_slope=0.2)",
     lambda x: elu(x, mpf("0.5")) + leaky_relu(2 * x, mpf("0.2")), POINTS),
    ("e^(-x)*cos(pi*x)", lambda x: mpmath.exp(-x) * mpmath.cos(mpmath.pi * x), OFF_HALF),
    ("-x^2 + 3", lambda x: -x**2 + 3, [-3, -1.25, -0.5, 0.25, 1, 4]),
    ("x*tanh(log(1 + exp(x)))", lambda x: x * mpmath.tanh(mpmath.log(1 + mpmath.exp(x))), [-0.5, 0.25, 1, 2.5, 4]),
    ("(x - 1)/(x + 2)", lambda x: (x - 1) / (x + 2), [-3, -1.25, -0.5, 0.25, 2.5, 4]),
    ("exp(sin(x))/(2 + cos(x))", lambda x: mpmath.exp(mpmath.sin(x)) / (2 + mpmath.cos(x)), POINTS),
    ("0.5*x*(1 + erf(x/sqrt(2)))", lambda x: x / 2 * (1 + mpmath.erf(x / mpmath.sqrt(2))), POINTS[1:]),
    ("log(sigmoid(x))", lambda x: mpmath.log(sigmoid(x)), POINTS[:-1]),
    ("2^3^x", lambda x: mpf(2) ** (mpf(3) ** x), [-1.25, -0.5, 0.25, 1]),
    ("\u22124*x^\u22122", lambda x: -4 * x**-2, POINTS),
    ("tanh(3*x) + sigmoid(x)/x", lambda x: mpmath.tanh(3 * x) + sigmoid(x) / x, POINTS),
    # Where 1 + u and e^u round u away: log(1 + 1e-10) would keep 7 digits, log1p all.
    ("log1p(x)", lambda x: mpmath.log1p(x), [2.0**-40, -0.5, 0.25, 1, 4]),
    ("expm1(x)", lambda x: mpmath.expm1(x), [2.0**-40, -2.0**-30, -3, 0.25, 2.5]),
    ("log1p(exp(-abs(x))) + max(x, 0)", lambda x: mpmath.log(1 + mpmath.exp(x)), [-3, -1.25, 0.25, 2.5, 4]),
]


def round_to(v, significand_bits, min_exponent):
    """Rounds the mpf v to nearest (ties to even) with the given precision (normal range)."""
    if v == 0:
        return 0.0
    _, e2 = mpmath.frexp(v)
    quantum = max(int(e2) - 1, min_exponent) - (significand_bits - 1)
    n = int(mpmath.nint(mpmath.ldexp(v, -quantum)))
    return math.ldexp(float(n), quantum)


def main():
    lines = ["# expression\tx\tvalue\tderivative\tfloat value\tfloat derivative",
             "# generated by expressions.py (mpmath %s, 50 digits); do not edit" % mpmath.__version__]
    for text, f, points in EXPRESSIONS:
        for p in points:
            x = mpf(p)
            value = f(x)
            derivative = mpmath.diff(f, x)
            columns = [text, float(p).hex()]
            columns += [repr(round_to(value, 53, -1022)), repr(round_to(derivative, 53, -1022))]
            columns += [repr(round_to(value, 24, -126)), repr(round_to(derivative, 24, -126))]
            lines.append("\t".join(columns))
    with open(os.path.join(HERE, "expressions.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
