#!/usr/bin/env python3
"""Seed corpora for `make fuzz`, taken from the tests and the course (never committed).

Usage: fuzz-seeds.py OUTDIR
Writes OUTDIR/tex/ (the KaTeX differential corpus, one formula per file),
OUTDIR/expression/ (the expressions of the mpmath vectors and of every {define}),
OUTDIR/directive/ (what follows '```{' in every directive of the course and the test
fixtures, as the fuzz-directive target wraps its input) and OUTDIR/lesson/ (every
lesson file of the course and the fixtures, whole).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def lessons():
    for folder in [ROOT / "Content", ROOT / "Tests"]:
        yield from sorted(p for p in folder.rglob("*.md") if "README" not in p.name)


def write(folder, items):
    folder.mkdir(parents=True, exist_ok=True)
    unique = sorted(set(items))
    for index, item in enumerate(unique):
        (folder / f"seed-{index:04d}").write_text(item, encoding="utf-8")
    return len(unique)


def main(out):
    out = pathlib.Path(out)
    tex = []
    for line in (ROOT / "Tests/TeXMathTests/corpus.tex").read_text().splitlines():
        if line.startswith(("display: ", "inline: ")):
            tex.append(line.split(": ", 1)[1])
    expressions = [line.split("\t")[0] for line in
                   (ROOT / "Tests/ActivationMathTests/Vectors/expressions.tsv").read_text().splitlines()
                   if line and not line.startswith("#")]
    directives, whole = [], []
    fence = re.compile(r"^```\{(.*?)^```", re.S | re.M)
    for path in lessons():
        text = path.read_text(encoding="utf-8", errors="replace")
        whole.append(text)
        for match in fence.finditer(text):
            directives.append(match.group(1).rstrip("\n"))
            if match.group(1).startswith("define}"):
                expressions.append(" ".join(line for line in match.group(1).splitlines()[1:] if not line.startswith(":")))
    counts = {name: write(out / name, items) for name, items in
              [("tex", tex), ("expression", expressions), ("directive", directives), ("lesson", whole)]}
    print(" ".join(f"{name}: {count} seeds" for name, count in counts.items()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".build-fuzz/seeds")
