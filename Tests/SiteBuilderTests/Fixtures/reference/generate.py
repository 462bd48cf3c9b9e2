#!/usr/bin/env python3
"""Writes five-functions.tsv: the {table} of the five classic activations at -2..2,
values and derivatives to 6 significant digits, computed with mpmath at 50 digits.

The SiteBuilder tests compare the generated HTML table with this file, so the numbers
on the page are checked against an independent arbitrary-precision reference.
Run: python3 generate.py > five-functions.tsv
"""
from mpmath import mp, mpf, exp, tanh, nstr

mp.dps = 50


def sig6(v):
    """6 significant digits, trailing zeros dropped, true minus sign (as pages print)."""
    text = nstr(mpf(v), 6, strip_zeros=True)
    if text.endswith(".0"):
        text = text[:-2]
    if text in ("-0", "-0.0"):
        text = "0"
    return text.replace("-", "\u2212")


def functions(x):
    s = 1 / (1 + exp(-x))
    t = tanh(x)
    # PyTorch autograd at the kink x = 0: relu' = 0, leaky_relu' = slope, elu' = alpha.
    return [
        (s, s * (1 - s)),
        (t, 1 - t * t),
        (max(x, 0), 1 if x > 0 else 0),
        (x if x > 0 else mpf("0.01") * x, 1 if x > 0 else mpf("0.01")),
        (x if x > 0 else exp(x) - 1, 1 if x > 0 else exp(x)),
    ]


for x in [-2, -1, 0, 1, 2]:
    cells = [sig6(x)]
    for value, derivative in functions(mpf(x)):
        cells += [sig6(value), sig6(derivative)]
    print("\t".join(cells))
