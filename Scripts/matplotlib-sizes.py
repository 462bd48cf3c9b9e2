#!/usr/bin/env python3
"""matplotlib-sizes: bytes of matplotlib's SVG for a fixed set of activation figures.

Our own SVG plots aim at <= 1/5 of matplotlib's bytes for the same figure. This script
is the yardstick: it draws each figure the way a typical tutorial does (matplotlib
defaults, plus grid, zero axes, legend and an x label), saves it as SVG and prints a TSV
`figure<TAB>matplotlib_bytes` after one comment line naming the versions and settings.

Run (regenerates the fixture):
    python3 Scripts/matplotlib-sizes.py --out /tmp/mpl-svg \
        --tsv Tests/SiteBuilderTests/Fixtures/matplotlib-sizes.tsv
Needs: pip install matplotlib numpy scipy

Choices:
- figsize 6.4x4.0 in at dpi 100 (640x400 px), the default width a tutorial gets.
- 500 samples per curve (np.linspace(a, b, 500)): a common tutorial density, and
  visually smooth at 640 px (under one pixel per segment).
- svg.fonttype 'path' (matplotlib's default): text is drawn as glyph outlines.
- path.simplify stays at its default (True): matplotlib drops vertices that deviate
  < 1/9 px from a straight line, so the 500 samples become ~20-60 vertices per curve.
  Glyph outlines, ticks and grid dominate the bytes, not the curves.
- Deterministic bytes: svg.hashsalt fixes the ids, metadata={'Date': None} drops the
  timestamp, so re-running with the same versions gives identical files.
- Derivatives are closed forms, dashed in the colour of their function, label `name′`.
- The step function is plain ax.plot of the 500 samples (no drawstyle), as tutorials do.
"""
import argparse
import os
import sys
import tempfile

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from scipy.special import erf

N = 500
plt.rcParams["svg.hashsalt"] = "atlas"
plt.rcParams["svg.fonttype"] = "path"


def sigmoid(x): return 1 / (1 + np.exp(-x))
def d_sigmoid(x): s = sigmoid(x); return s * (1 - s)
def relu(x): return np.maximum(x, 0)
def d_relu(x): return np.where(x > 0, 1.0, 0.0)
def leaky_relu(x): return np.where(x > 0, x, 0.01 * x)
def elu(x, a=1.0): return np.where(x > 0, x, a * np.expm1(x))
def d_elu(x, a=1.0): return np.where(x > 0, 1.0, a * np.exp(x))
def step(x): return np.where(x >= 0, 1.0, 0.0)
def Phi(x): return 0.5 * (1 + erf(x / np.sqrt(2)))
def phi(x): return np.exp(-x * x / 2) / np.sqrt(2 * np.pi)
def gelu(x): return x * Phi(x)
def d_gelu(x): return Phi(x) + x * phi(x)
def silu(x): return x * sigmoid(x)
def d_silu(x): s = sigmoid(x); return s * (1 + x * (1 - s))
def softplus(x): return np.logaddexp(0, x)
def mish(x): return x * np.tanh(softplus(x))
def d_mish(x):
    t = np.tanh(softplus(x))
    return t + x * (1 - t * t) * sigmoid(x)


# id: (x range, [(label, f, derivative or None)])
FIGURES = {
    "sigmoid-derivative": ((-6, 6), [("sigmoid", sigmoid, d_sigmoid)]),
    "relu-derivative": ((-3, 3), [("relu", relu, d_relu)]),
    "five-classics": ((-3, 3), [("sigmoid", sigmoid, None), ("tanh", np.tanh, None),
                                ("relu", relu, None), ("leaky_relu", leaky_relu, None),
                                ("elu", elu, None)]),
    "binary-step": ((-2, 2), [("step", step, None)]),
    "elu-family": ((-3, 3), [(f"alpha = {a}", lambda x, a=a: elu(x, a), None)
                             for a in (0.5, 1, 2)]),
    "smooth-gates-derivative": ((-5, 2), [("gelu", gelu, d_gelu), ("silu", silu, d_silu),
                                          ("mish", mish, d_mish)]),
}


def draw(name, path):
    (a, b), curves = FIGURES[name]
    x = np.linspace(a, b, N)
    fig, ax = plt.subplots(figsize=(6.4, 4.0), dpi=100)
    for label, f, df in curves:
        (line,) = ax.plot(x, f(x), label=label)
        if df is not None:
            ax.plot(x, df(x), "--", color=line.get_color(), label=label + "\u2032")
    ax.grid(True, alpha=0.3)
    ax.axhline(0, color="k", lw=0.8)
    ax.axvline(0, color="k", lw=0.8)
    ax.legend()
    ax.set_xlabel("x")
    ax.set_xlim(a, b)
    fig.savefig(path, format="svg", metadata={"Date": None})
    plt.close(fig)
    return os.path.getsize(path)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", help="folder for the SVGs (default: a new temp dir)")
    p.add_argument("--tsv", help="write the TSV here instead of stdout")
    args = p.parse_args()
    out = args.out or tempfile.mkdtemp(prefix="matplotlib-sizes-")
    os.makedirs(out, exist_ok=True)
    np_ver = ".".join(np.__version__.split(".")[:2])
    lines = [f"# matplotlib {matplotlib.__version__}, numpy {np_ver}, {N} points per curve,"
             " figsize 6.4x4 in, dpi 100, svg.fonttype path"]
    for name in FIGURES:
        size = draw(name, os.path.join(out, name + ".svg"))
        lines.append(f"{name}\t{size}")
    text = "\n".join(lines) + "\n"
    if args.tsv:
        with open(args.tsv, "w") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    print(f"SVGs in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
