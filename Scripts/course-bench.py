#!/usr/bin/env python3
"""make bench: how long `atlas build` takes for a large course, as ratios to cmark.

Usage: course-bench.py ATLAS [--lessons N] [--runs R] [--jobs J] [--keep KEEP] [--print] [--shipped SHIPPED]

Generates a course of N lessons (default 1,000), each with 3 plots and 2 tables of a
mix of the catalogue's functions (`:derivative:` on most, a `:vary:` family now and
then), inline and display math, `{eval}` roles and links to other lessons, about 6 KB
of Markdown a lesson. Each lesson widens its plots' x ranges by a factor of its own, so
that no two plots of the course are alike: atlas draws the samples of equal plots once
(the same plot in two languages, say), and a course of 26 functions on 26 ranges would
otherwise time that memory (3,000 plots drawn from 55), not the drawing.
Its site.yaml says `print: false`, as a course this large would:
print.html, every lesson on one page (27 MB here), holds every body and is made again
after any edit; `--print` keeps it, to measure that cost. Then, R times (default 5) and interleaved, so that a slow moment of
the machine touches every figure alike, it times:

- cold: `atlas build` into an empty output folder, with no cache left from before;
- unchanged: the same build again, nothing changed;
- one lesson's text: one paragraph of one lesson edited;
- one plot's options: the `:x:` range of one plot of one lesson edited;
- cmark: the reference CLI converting all the lessons' Markdown, concatenated;
- the shipped course: `atlas build` of the repository's Content/ (or SHIPPED), cold.

It prints the median wall time of each, its ratio to cmark's median, the peak resident
memory of the process, and the median processor time, user and system, with the system
part alone (all from wait4's rusage). Every build must succeed. The course is written to
a temporary folder (or KEEP, kept) and never into the repository.

Nothing is deleted until the timing is over: a cold build's output and cache are moved
aside before the next cold build (as is a course left in KEEP), and all of it goes at
the end. Why: on an ext4 without a journal (the development machine's), the kernel
creating a file steps one by one past every inode freed in the last minute (six, while
their table block is not yet written back; Linux 5.7 and later). A build right after
deleting the last one's 2,100 files spent 0.4-0.6 s of system time there and 130-300 ms
installing its output; into a folder nothing was deleted from lately, 0.13 s and 35 ms.
That is the cost of the deletion, not of the build: a first build does not pay it, and
`rm -rf _site .atlas-cache && atlas build` does (docs/developing.md gives both). For the
same reason a second run started within minutes of the first pays for the first's
deletion at its end: leave a few minutes between runs.
"""
import argparse
import os
import pathlib
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# (reference, x range): functions of the catalogue with ranges that show their shape.
FUNCTIONS = [
    ("sigmoid", "-6 6"), ("tanh", "-3 3"), ("relu", "-3 3"), ("leaky_relu(negative_slope=0.1)", "-3 3"),
    ("elu", "-3 3"), ("gelu", "-4 4"), ("gelu(approximate=tanh)", "-4 4"), ("silu", "-5 5"), ("mish", "-5 5"),
    ("softplus", "-4 4"), ("log_sigmoid", "-5 5"), ("tanhshrink", "-3 3"), ("celu(alpha=0.5)", "-3 3"),
    ("selu", "-3 3"), ("hardtanh", "-2 2"), ("hardsigmoid", "-4 4"), ("hardswish", "-4 4"),
    ("softshrink", "-2 2"), ("softsign", "-5 5"), ("arctan", "-5 5"), ("isru", "-4 4"), ("squareplus", "-4 4"),
    ("gaussian", "-3 3"), ("sinc", "-8 8"), ("relu6", "-2 8"), ("prelu", "-3 3"),
]
FAMILIES = [("elu", "alpha 0.5 1 2"), ("leaky_relu", "negative_slope 0.01 0.1 0.3"), ("silu", "beta 0.5 1 2")]
MATH = [
    r"\sigma(x) = \frac{1}{1 + e^{-x}}",
    r"\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
    r"\operatorname{GELU}(x) = x\,\Phi(x)",
    r"\frac{d}{dx}\operatorname{softplus}(x) = \sigma(x)",
]
PROSE = (
    "An activation bends the sum a unit computes, and the slope of that bend decides how much of the "
    "error reaches the weights below it. Where the curve is flat the gradient fades; where it is steep "
    "it passes through. Compare the curves below with the table beside them, and read the values off "
    "the plot with the pointer. "
)


def lesson(index: int, count: int, variant: int = 0, x_variant: int = 0) -> tuple[str, str]:
    """The Markdown of lesson `index` (1-based); `variant` edits one paragraph, `x_variant`
    the x range of its first plot, so that a rebuild sees a change."""
    name = f"{index:04d}-lesson-{index}"
    rng = random.Random(index)  # the same choices each time a lesson is written
    picks = [FUNCTIONS[(index * 7 + k * 5) % len(FUNCTIONS)] for k in range(5)]
    # A lesson's own width for its plots, 1.0005 to 1.5 times the function's range.
    scale = 1 + index / 2000

    def widened(x: str) -> str:
        return " ".join(f"{float(bound) * scale:g}" for bound in x.split())

    parts = [f"---\ntitle: Lesson {index}\nsummary: Generated lesson {index} of {count}.\n---\n"]
    parts.append(f"# Lesson {index}\n\nThis lesson{' (edited)' * variant} looks at `{picks[0][0]}`. {PROSE * 5}\n")
    parts.append(f"The formula: ${MATH[index % len(MATH)]}$, and at one {{eval}}`{picks[0][0].split('(')[0]}(1)`.\n")
    parts.append(f"$$\n{MATH[(index + 1) % len(MATH)]}\n$$\n")
    for k in range(3):
        reference, x = picks[k][0], widened(picks[k][1])
        if k == 0 and x_variant:
            x = "-7 7" if x_variant % 2 else "-6.5 6.5"
        options = [f":x: {x}"]
        if rng.random() < 0.8:
            options.append(":derivative:")
        if k == 2 and index % 10 == 0:
            base, vary = FAMILIES[index % len(FAMILIES)]
            reference, options = base, [f":x: {widened('-3 3')}", f":vary: {vary}"]
        options.append(f":caption: {reference} over {x}.")
        options.append(f":name: fig-{k + 1}")
        parts.append(f"## Part {k + 1}\n\n{PROSE * 3}\n\n```{{plot}} {reference}\n" + "\n".join(options) + "\n```\n")
    for k in range(2):
        reference, _ = picks[3 + k]
        derivative = "\n:derivative:" if rng.random() < 0.8 else ""
        parts.append(f"{PROSE}\n\n```{{table}} {reference}\n:x: -2 2 step 1{derivative}\n:name: tab-{k + 1}\n```\n")
    previous, following = (index - 2) % count + 1, index % count + 1
    parts.append(
        f"See {{ref}}`fig-1`, and the lessons [before]({previous:04d}-lesson-{previous}.md) "
        f"and [after]({following:04d}-lesson-{following}.md#part-1).\n"
    )
    return "\n".join(parts), name


def write_course(content: pathlib.Path, count: int, print_page: bool) -> None:
    content.mkdir(parents=True)
    (content / "site.yaml").write_text("title: Benchmark course\n" + ("" if print_page else "print: false\n"))
    for index in range(1, count + 1):
        text, name = lesson(index, count)
        (content / f"{name}.md").write_text(text)


def timed(command: list[str], stdout=subprocess.DEVNULL) -> tuple[float, float, float, float]:
    """Wall seconds, processor seconds (user and system), system seconds and peak resident
    MiB of one run; exits when the command fails."""
    # Standard error goes to a file, not a pipe: a build that prints many warnings would
    # otherwise fill the pipe and wait for a reader that waits for it.
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=stdout, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            errors.seek(0)
            sys.exit(f"course-bench: {' '.join(command)} failed:\n{errors.read(2000).decode(errors='replace')}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("atlas")
    parser.add_argument("--lessons", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--keep", metavar="KEEP")
    parser.add_argument("--print", action="store_true", help="keep print.html (site.yaml's print)")
    parser.add_argument("--shipped", metavar="SHIPPED",
                        help="the course timed as shipped (default: the repository's Content/)")
    args = parser.parse_args()
    atlas = str(pathlib.Path(args.atlas).resolve())
    cmark = shutil.which("cmark") or sys.exit("course-bench: needs the cmark CLI (apt-get install cmark)")

    shipped_content = pathlib.Path(args.shipped or pathlib.Path(__file__).resolve().parent.parent / "Content")
    times_shipped = (shipped_content / "site.yaml").exists()
    if args.shipped and not times_shipped:
        sys.exit(f"course-bench: {args.shipped} holds no site.yaml, so it is not a course to time")
    if not times_shipped:
        print(f"course-bench: no course in {shipped_content}, so the shipped course is not timed")

    work = pathlib.Path(args.keep or tempfile.mkdtemp(prefix="atlas-course-bench-"))
    content, output = work / "content", work / "_site"
    # Each run sets aside into a folder of its own; those of earlier runs killed with
    # KEEP go at the end too, not now (the docstring says why).
    retired = work / f"retired-{os.getpid()}"

    def set_aside(*folders: pathlib.Path) -> None:
        """Moves folders out of the way without deleting them (the docstring says why)."""
        for folder in folders:
            if folder.exists():
                retired.mkdir(exist_ok=True)
                folder.rename(retired / str(sum(1 for _ in retired.iterdir())))

    set_aside(content)
    write_course(content, args.lessons, args.print)
    lessons = sorted(content.glob("*.md"))
    markdown = work / "all.md"
    markdown.write_bytes(b"\n".join(path.read_bytes() for path in lessons))
    build = [atlas, "build", "--content", str(content), "--output", str(output)]
    if args.jobs:
        build += ["--jobs", str(args.jobs)]
    edited = lessons[len(lessons) // 2]
    index = int(edited.name[:4])

    def cold():
        set_aside(output, work / ".atlas-cache", content / ".atlas-cache")
        return timed(build)

    shipped_output = work / "shipped" / "_site"
    shipped_build = [atlas, "build", "--content", str(shipped_content), "--output", str(shipped_output)]
    if args.jobs:
        shipped_build += ["--jobs", str(args.jobs)]

    def shipped():
        set_aside(shipped_output, shipped_output.parent / ".atlas-cache")
        return timed(shipped_build)

    def unchanged():
        return timed(build)

    # The edited lesson's state: each scenario changes its own field only, so the text
    # edit never moves a plot and the options edit never touches the prose.
    state = {"variant": 0, "x_variant": 0}

    def edit(field):
        state[field] += 1
        edited.write_text(lesson(index, args.lessons, state["variant"] % 2, state["x_variant"])[0])
        return timed(build)

    def text_changed():
        return edit("variant")

    def options_changed():
        return edit("x_variant")

    def reference():
        with open(os.devnull, "wb") as sink:
            return timed([cmark, str(markdown)], stdout=sink)

    scenarios = [
        ("atlas build, cold", cold), ("atlas build, nothing changed", unchanged),
        ("atlas build, one lesson's text changed", text_changed),
        ("atlas build, one plot's options changed", options_changed), ("cmark, the same Markdown", reference),
    ]
    if times_shipped:
        scenarios.append(("the shipped course, cold", shipped))
    times = {name: [] for name, _ in scenarios}
    processor = {name: [] for name, _ in scenarios}
    system = {name: [] for name, _ in scenarios}
    memory = {name: 0.0 for name, _ in scenarios}
    cold()  # warms the file cache and checks that the course builds
    if times_shipped:
        shipped()
    for _ in range(args.runs):
        for name, run in scenarios:
            seconds, cpu, kernel, peak = run()
            times[name].append(seconds)
            processor[name].append(cpu)
            system[name].append(kernel)
            memory[name] = max(memory[name], peak)

    size = markdown.stat().st_size / 1e6
    print(f"Course: {args.lessons} lessons, 3 plots and 2 tables each, {size:.1f} MB of Markdown; "
          f"median of {args.runs} interleaved runs, {os.cpu_count()} cores; "
          f"print.html {'on' if args.print else 'off'}")
    base = statistics.median(times["cmark, the same Markdown"])
    print(f"{'':42}{'median':>10}{'× cmark':>10}{'peak MiB':>10}{'CPU':>10}{'of it, system':>15}")
    for name, _ in scenarios:
        median = statistics.median(times[name])
        ratio = f"{median / base:>10.1f}" if name != "the shipped course, cold" else f"{'':>10}"
        print(f"{name:42}{median:>9.3f}s{ratio}{memory[name]:>10.0f}"
              f"{statistics.median(processor[name]):>9.3f}s{statistics.median(system[name]):>14.3f}s")
    for folder in [*work.glob("retired-*"), work / "shipped"]:
        shutil.rmtree(folder, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
