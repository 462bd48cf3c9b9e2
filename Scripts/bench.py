#!/usr/bin/env python3
"""make bench: ActivationMath's time per element next to numpy's, in the same run.

Runs the release `atlas-bench` (value and derivative of every catalogue function on
10^6 doubles) and times numpy (and scipy.special where numpy lacks erf) on the same
10^6 doubles for the functions numpy can express directly. Prints ns per element and
the ratio ours/numpy (below 1: faster than numpy). numpy evaluates whole arrays with
vectorised loops and naive formulas; ours is one scalar call per element, exact to the
last bit, so a ratio of a few is expected and nothing is tuned for it.
"""
import subprocess
import sys
import timeit

import numpy as np

try:
    from scipy.special import erf, expit
except ImportError:  # numpy alone still gives most rows
    erf, expit = None, None

X = np.linspace(-10, 10, 1_000_000)

NUMPY = {
    "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
    "tanh": np.tanh,
    "relu": lambda x: np.maximum(x, 0),
    "leaky_relu": lambda x: np.where(x > 0, x, 0.01 * x),
    "elu": lambda x: np.where(x > 0, x, np.expm1(x)),
    "softplus": lambda x: np.logaddexp(0, x),
    "silu": lambda x: x / (1 + np.exp(-x)),
    "mish": lambda x: x * np.tanh(np.logaddexp(0, x)),
    "softsign": lambda x: x / (1 + np.abs(x)),
    "gaussian": lambda x: np.exp(-x * x),
    "sinusoid": np.sin,
    "arctan": np.arctan,
    "identity": lambda x: x.copy(),
    "relu6": lambda x: np.clip(x, 0, 6),
    "hardtanh": lambda x: np.clip(x, -1, 1),
    "hardsigmoid": lambda x: np.clip(x + 3, 0, 6) / 6,
    "tanhshrink": lambda x: x - np.tanh(x),
}
if erf is not None:
    NUMPY["gelu"] = lambda x: 0.5 * x * (1 + erf(x / np.sqrt(2)))


def numpy_ns(function):
    best = min(timeit.repeat(lambda: function(X), number=1, repeat=5))
    return best * 1e9 / X.size


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/atlas-bench"
    lines = subprocess.run([binary], check=True, capture_output=True, text=True).stdout.splitlines()
    print(f"{'function':<16}{'value ns':>10}{'deriv ns':>10}{'numpy ns':>10}{'value/numpy':>13}")
    for line in lines:
        name, value, derivative = line.split("\t")
        value, derivative = float(value), float(derivative)
        reference = NUMPY.get(name)
        if reference is None:
            print(f"{name:<16}{value:>10.2f}{derivative:>10.2f}{'—':>10}{'—':>13}")
            continue
        theirs = numpy_ns(reference)
        print(f"{name:<16}{value:>10.2f}{derivative:>10.2f}{theirs:>10.2f}{value / theirs:>13.2f}")


if __name__ == "__main__":
    main()
