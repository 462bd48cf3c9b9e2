#!/usr/bin/env python3
"""Writes the reference tables of the SiteBuilder tests, computed with mpmath at 50 digits:

- five-functions.tsv: the {table} of the five classic activations at -2..2, values and
  derivatives to 6 significant digits, as pages print them;
- mixed-formats.tsv: sigmoid, relu, binary_step and exp (the lessons' `growth`) with
  their derivatives at -20 -10 -1 0 0.5 2 30, each value to 25 significant digits (the
  test rounds it to a Double and formats it), or 'undefined' where f' does not exist.
  The cells mix integers, decimals of several lengths, small and large scientific
  values and a word, to test decimal alignment.

The tests compare the generated HTML tables with these files, so the numbers on the
page are checked against an independent arbitrary-precision reference.
Run: python3 generate.py (writes both files beside this script)
"""
import os

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


def mixed(x):
    s = 1 / (1 + exp(-x))
    return [
        (s, s * (1 - s)),
        # PyTorch autograd at the kink: relu'(0) = 0.
        (max(x, 0), 1 if x > 0 else 0),
        # The catalogue's step is 1 from 0 on (torch.heaviside(x, 1)); no derivative at the jump.
        (1 if x >= 0 else 0, "undefined" if x == 0 else 0),
        (exp(x), exp(x)),
    ]


def digits25(v):
    return v if isinstance(v, str) else nstr(mpf(v), 25, strip_zeros=True)


here = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(here, "five-functions.tsv"), "w", encoding="utf-8") as out:
    for x in [-2, -1, 0, 1, 2]:
        cells = [sig6(x)]
        for value, derivative in functions(mpf(x)):
            cells += [sig6(value), sig6(derivative)]
        out.write("\t".join(cells) + "\n")

with open(os.path.join(here, "mixed-formats.tsv"), "w", encoding="utf-8") as out:
    out.write("\t".join(["x", "sigmoid", "sigmoid'", "relu", "relu'", "binary_step", "binary_step'", "exp", "exp'"]) + "\n")
    for x in ["-20", "-10", "-1", "0", "0.5", "2", "30"]:
        cells = [x]
        for value, derivative in mixed(mpf(x)):
            cells += [digits25(value), digits25(derivative)]
        out.write("\t".join(cells) + "\n")
