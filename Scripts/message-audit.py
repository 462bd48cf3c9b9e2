#!/usr/bin/env python3
"""Lists every message the generator can print and whether a test pins its text.

Usage: message-audit.py [-v]

Issue #6 asks that every diagnostic (a bad lesson's `Diagnostic(...)`, a `TextProblem`
of a link, a TeX formula, an expression or a reference, a `BuildError` reason, a CLI
usage error) appear, exact text, in a test. This script finds the messages by reading the
Swift sources of LessonMarkdown, TeXMath, SiteBuilder, SiteOutput, AtlasCLI and
ActivationMath:

- every string literal inside the arguments of a message constructor (`Diagnostic(`,
  `TextProblem(`, `.fileSystem(`, `failure(`, ... see MESSAGE_CALLS) or
  after a `message:` / `reason:` / `hint:` label, and
- every other literal that reads as prose (a word and a space), unless it sits in code
  that writes pages rather than messages (NOT_MESSAGES: plot descriptions, table notes,
  `atlas list` output), in help text, in `precondition`/`fatalError` (programmer
  errors), in a comparison (`hasPrefix`) or is HTML.

The first rule wins over NOT_MESSAGES, so a Diagnostic added to a page-writing file is
still found; the second errs towards calling a literal a message, so a new message in a
helper function is found without anyone listing the helper.

A message is pinned when some string literal in Tests/ contains it with each
interpolation `\\(...)` standing for any text on the line; literals joined by `+` read
as one, and a test's `\\(name)` of a `let name = "…"` in the same file reads as that
text. A whole message (see `pattern`) must also sit at a message's boundaries. Exit
status 1 when a message that input can reach is unpinned; UNREACHABLE lists the others
with why. With -v, every message is printed with the test file that pins it.

This audit answers "is every message pinned?"; two Swift suites answer the questions
of issue 11 beside it: Tests/SiteBuilderTests/DiagnosticKindTests.swift builds a real
bad course for every `Diagnostic.Kind` (iterating the enum, so a new kind needs one)
and checks its kind, text and line:column, and
Tests/AtlasDiagnosticsTests/MessageBranchingTests.swift checks that no code in Sources
decides by a message's text. Keep this script for what they cannot see: a message
that no test pins.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODULES = ["LessonMarkdown", "TeXMath", "SiteBuilder", "SiteOutput", "AtlasCLI", "AtlasServe", "ActivationMath", "PreviewServer"]
SKIP_FILES = {
    "Sources/MathFontData/AsanaMath.swift",  # base64 font data
}
# Calls whose arguments are messages (the callee is the identifier before `(`).
MESSAGE_CALLS = {
    "Diagnostic", "DirectiveFailure", "BuildDiagnostic", "TextProblem", "ValidationError", "UsageFailure", "fileSystem",
    "unsafeOutput", "failure", "fail",
}
MESSAGE_LABELS = {"message", "reason", "hint"}
# Calls whose first argument is a whole message, not a piece of one.
WHOLE_MESSAGE_CALLS = {
    "Diagnostic", "TextProblem", "ValidationError", "UsageFailure", "failure",
}
# Calls whose string arguments are not messages a user reads for bad input.
NOT_MESSAGE_CALLS = {
    "precondition", "preconditionFailure", "assert", "assertionFailure", "fatalError",  # programmer errors
    "CommandConfiguration", "ArgumentHelp", "Flag", "Option", "Argument",  # --help text
    "hasPrefix", "hasSuffix", "contains",  # text compared, not printed
    "reached",  # PhaseClock.reached: the names of a build's phases for developers (ATLAS_PHASES)
}
NOT_MESSAGE_LABELS = {"abstract", "discussion", "help"}
# Code that writes the site or the terminal's normal output, not messages: a file or
# folder, `file:function` for the literals in one function, or `file@text` for one
# literal that starts with text -> why.
NOT_MESSAGES = {
    "Sources/ActivationMath/Functions/": "catalogue metadata: names, TeX, summaries",
    "Sources/ActivationMath/Activation.swift": "metadata words shown in {compare} tables and 'atlas list'",
    "Sources/ActivationMath/Expression/DefinedFunction.swift": "the summary of a {define}d function",
    "Sources/ActivationMath/Expression/ExpressionNode+TeX.swift": "TeX of a {define}d function",
    "Sources/SiteBuilder/Directives/Plot/PlotDescription.swift": "a plot's text description (alt text)",
    "Sources/SiteBuilder/Directives/Plot/PlotRenderer.swift": "a plot's title and caption notes",
    "Sources/SiteBuilder/Directives/TableNotes.swift": "a table's footnotes",
    "Sources/SiteBuilder/Directives/CompareRenderer.swift": "cells of a {compare} table",
    "Sources/TeXMath/MathSymbols.swift": "TeX symbol names",
    "Sources/SiteBuilder/Cache/BuildCache.swift": "names of files in the build cache and the text of its CACHEDIR.TAG",
    "Sources/SiteBuilder/PhaseClock.swift": "the line format of ATLAS_PHASES, a developer's timing",
    "Sources/LessonMarkdown/Diagnostic.swift": "the PATH:LINE:COL: frame around every message, pinned by its own test",
    "Sources/AtlasCLI/List.swift:text": "'atlas list' output",
    "Sources/AtlasCLI/List.swift:details": "'atlas list NAME' output",
    "Sources/AtlasCLI/List.swift:parameters": "'atlas list' output",
    "Sources/AtlasCLI/Build.swift:run": "the summary line of a successful build",
    "Sources/AtlasCLI/Eval.swift:json": "'atlas eval --format json' output",
    "Sources/AtlasCLI/NewLessonText.swift": "the text of the lesson 'atlas new' writes",
    "Sources/SiteBuilder/Templates/TemplateSet.swift:source": "the display path of a built-in template",
    "Sources/SiteBuilder/BundledMathFont.swift": "the math font's stylesheet",
    "Sources/SiteBuilder/Directives/Plot/PlotData.swift": "a plot's data as JSON",
    "Sources/SiteBuilder/SiteConfig.swift@Activation Atlas": "the default site title",
    "Sources/ActivationMath/NumberText.swift": "TeX of a number in a formula",
    "Sources/SiteBuilder/Previews/PreviewFiles.swift:key": "the name of a preview file's cache-key format",
    "Sources/SiteBuilder/Phases/LessonResolver.swift:samplingKey": "the name of a plot-sampling key's format",
    "Sources/SiteBuilder/Search/SearchIndex.swift:file": "the search index, a script written into the site",
    "Sources/SiteBuilder/Strings/SiteStrings+Words.swift": "the words written into pages (the strings table, issue 15)",
    "Sources/SiteBuilder/Strings/SiteStrings.swift:script": "assets/strings.js, a script written into the site",
    "Sources/PreviewServer/ContentType.swift": "media types of served files",
    "Sources/PreviewServer/LiveEvents.swift": "the server-sent-event stream's framing",
    "Sources/SiteBuilder/Templates/BodySplice.swift": "the stand-in for a lesson's body, which never reaches a page",
    "Sources/SiteBuilder/Templates/TemplateEscaping.swift": "the content-type tag put before the built-in templates",
}
# Messages no input can trigger: (file, start of the message with interpolations as «»)
# -> why. They are reported but do not fail the audit.
UNREACHABLE = {
    ("Sources/PreviewServer/PreviewServer.swift", "unknown error"):
        "FlyingSocks reports a failed bind or listen as SocketError.failed, whose errno is printed instead",
    ("Sources/AtlasCLI/New.swift", "error: '«»' exists already; atlas new never overwrites a file"):
        "the new lesson's number is one past every numbered name in the folder; only another process creating "
        "that file between the listing and the write (O_EXCL) gets here",
    ("Sources/SiteBuilder/Templates/TemplateSet.swift", "a section is never closed; add '{{/name}}' for each '{{#name}}' or '{{^name}}'"):
        "SectionNesting.unclosed follows the tags as swift-mustache reads them and names the open section first",
    ("Sources/SiteOutput/OutputStaging.swift", "changed while the site was being built; build again"):
        "OutputSwap stops with its own message first when a file without bytes is not unchanged",
    ("Sources/TeXMath/MathParser.swift", "unexpected end of formula"):
        "parseGroup and parseAtom are called only with a token next ('{', or any token of a row)",
    ("Sources/TeXMath/MathParser+Characters.swift", "unexpected end of formula"):
        "parsePrimary is called only with a token next (from parseAtom, or after startsArgument)",
    ("Sources/TeXMath/MathParser.swift", "unexpected token"):
        "misplaced() gets only closing tokens ('}', '&', '\\\\', '\\right', '\\end'), each with its own message",
    ("Sources/SiteBuilder/Directives/FormulaRenderer.swift", "the TeX of '"):
        "only the catalogue's own TeX gets here: FormulaTests typesets every entry, and every entry's "
        "parameters at ±1e308, ±5e-324, 0, 1e21 and 1e-7 typeset too (tried in the audit of issue #6)",
    ("Sources/SiteOutput/OutputStaging.swift", "cannot set the folder's permissions"):
        "no input: chmod of a folder the build itself just made fails only on a file system without permissions",
    ("Sources/LessonMarkdown/YAMLFields.swift", "«» is not valid YAML"):
        "Yams.compose throws only reader, scanner, parser, composer and duplicate-key errors, each handled above",
    ("Sources/SiteOutput/ExchangeUnsupported.swift", "exchanging two names is not supported on this system"):
        "OutputSwap catches ExchangeUnsupported and swaps with two renames instead; it is never printed",
    ("Sources/SiteBuilder/Templates/TemplateSet.swift", "template does not parse: "):
        "MustacheTemplate(string:) wraps every error of its parser in a ParserError, caught above",
}

HOLE = "\x00"
ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'"}
PROSE = re.compile(r"[A-Za-z]{2,}.*\s\S|\S\s+[A-Za-z]{2,}", re.S)


class Literal:
    def __init__(self, path, line, text, calls, label, function, holes, name):
        self.path, self.line, self.text = path, line, text
        self.calls, self.label, self.function = calls, label, function
        # The source of each interpolation, and the constant the literal is assigned to.
        self.holes, self.name = holes, name

    @property
    def shown(self):
        return self.text.replace(HOLE, "«»")


def lex(path, source):
    """Every string literal of a Swift file, decoded, with interpolations as HOLE and
    literals joined by `+` as one; for each, the callees of the calls around it, the
    argument label before it and the innermost function. Comments are skipped."""
    literals = []
    n, line, i = len(source), 1, 0
    stack = []  # ('(', callee) for calls and groups, ('[', None), ('{', function name or None)
    pending_function = None
    joined_to = None  # the literal a following `+ "..."` continues

    def read_string(i, line, hashes, multi, holes=None):
        chunks, close, escape = [], ('"""' if multi else '"') + "#" * hashes, "\\" + "#" * hashes
        while i < n:
            if source.startswith(close, i):
                return i + len(close), line, "".join(chunks)
            c = source[i]
            if source.startswith(escape, i):
                j = i + len(escape)
                d = source[j]
                if d == "(":
                    depth, j = 1, j + 1
                    while depth and j < n:
                        if source[j] == '"':
                            inner_multi = source.startswith('"""', j)
                            j, line, _ = read_string(j + (3 if inner_multi else 1), line, 0, inner_multi)
                            continue
                        depth += {"(": 1, ")": -1}.get(source[j], 0)
                        line += source[j] == "\n"
                        j += 1
                    chunks.append(HOLE)
                    if holes is not None:
                        holes.append(source[i + len(escape) + 1:j - 1].strip())
                    i = j
                elif d == "u" and source[j + 1] == "{":
                    k = source.index("}", j)
                    chunks.append(chr(int(source[j + 2:k], 16)))
                    i = k + 1
                elif d == "\n":
                    line += 1
                    i = j + 1
                else:
                    chunks.append(ESCAPES.get(d, d))
                    i = j + 1
                continue
            line += c == "\n"
            chunks.append(c)
            i += 1
        raise SystemExit(f"{path}:{line}: unterminated string literal")

    while i < n:
        c = source[i]
        if source.startswith("//", i):
            i = source.find("\n", i)
            i = n if i < 0 else i
            continue
        if source.startswith("/*", i):
            j = source.index("*/", i) + 2
            line += source.count("\n", i, j)
            i = j
            continue
        if source.startswith("#/", i):  # a regex literal, #/…/#: its quotes open no string
            j = source.index("/#", i + 2) + 2
            line += source.count("\n", i, j)
            i = j
            continue
        opening = re.match(r'#*(?:"""|")', source[i:i + 12]) if c in '"#' else None
        if opening:
            start_index, start_line = i, line
            multi = opening.group(0).endswith('"""')
            holes = []
            i, line, text = read_string(i + opening.end(), line, opening.group(0).count("#"), multi, holes)
            if multi:
                rows = text.split("\n")
                indent = len(rows[-1]) - len(rows[-1].lstrip())
                text = "\n".join(row[indent:] for row in rows[1:-1])
            if joined_to is not None and re.fullmatch(r"\s*\+\s*", source[joined_to[1]:start_index]):
                joined_to[0].text += text
                joined_to[0].holes += holes
                joined_to = (joined_to[0], i)
                continue
            before = source[max(0, start_index - 80):start_index]
            label = re.search(r"(\w+)\s*:\s*$", before)
            constant = re.search(r"\blet\s+(\w+)\s*=\s*$", before)
            literal = Literal(
                path, start_line, text, [name for kind, name in stack if kind == "("],
                label.group(1) if label else None,
                next((name for kind, name in reversed(stack) if kind == "{" and name), None),
                holes, constant.group(1) if constant else None)
            literals.append(literal)
            joined_to = (literal, i)
            continue
        if c == "\n":
            line += 1
        elif c == "(":
            callee = re.search(r"([A-Za-z_]\w*)\s*$", source[max(0, i - 60):i])
            stack.append(("(", callee.group(1) if callee else None))
        elif c == "[":
            stack.append(("[", None))
        elif c == "{":
            stack.append(("{", pending_function))
            pending_function = None
        elif c in ")]}":
            if stack:
                stack.pop()
        elif c.isalpha() or c == "_":
            word = re.match(r"\w+", source[i:]).group(0)
            if word == "func":
                name = re.match(r"func\s+(\w+)", source[i:])
                pending_function = name.group(1) if name else None
            elif word == "init":
                pending_function = "init"
            i += len(word)
            continue
        i += 1
    return literals


def classify(literal):
    """'message', or why the literal is not one."""
    if any(call in NOT_MESSAGE_CALLS for call in literal.calls) or literal.label in NOT_MESSAGE_LABELS:
        return "help text or a programmer error"
    if any(call in MESSAGE_CALLS for call in literal.calls) or literal.label in MESSAGE_LABELS:
        return "message" if re.search("[A-Za-z]", literal.text.replace(HOLE, "")) else "no words of its own"
    for place, why in NOT_MESSAGES.items():
        place, _, start = place.partition("@")
        file, _, function = place.partition(":")
        if literal.path.startswith(file) and (not function or function == literal.function) \
                and literal.text.startswith(start):
            return why
    words = literal.text.replace(HOLE, " X ")
    if literal.text.lstrip().startswith("<") or not PROSE.search(words):
        return "not prose"
    return "message"


def pattern(literal):
    """A regex for the message with each interpolation standing for any text on its line.

    A literal that is a whole message (written straight into a message constructor) must
    also start and end where a message can: at the start (end) of the test's text or
    line, after `: ` (`PATH:LINE:COL: error: `) or `; `, before `; ` or a line break. So
    `"\\(name) is not valid YAML"` is not pinned by a test of `… is not valid YAML: did
    not find …`. Other literals are pieces of a message (a hint, a limit's name, a
    reason that follows the path) and may sit anywhere in it.
    """
    text = literal.text
    body = "[^\n]*?".join(re.escape(piece) for piece in text.split(HOLE))
    if not literal.calls or literal.calls[-1] not in WHOLE_MESSAGE_CALLS:
        return re.compile(body)
    starts = r"(?:^|(?<=: )|(?<=; )|(?<=\n))" if not text.startswith(HOLE) else ""
    ends = r"(?=$|; |\n)" if not text.endswith(HOLE) else ""
    return re.compile(starts + body + ends)


def expanded(literals):
    """The texts of a test file's literals, each `\\(name)` of a `let name = "…"` in the
    same file replaced by that text, as a test that builds its expected message from a
    shared part (`"'\\(path)' \\(reason)"`) means it."""
    constants = {m.name: m.text for m in literals if m.name and len(m.holes) == m.text.count(HOLE)}
    for literal in literals:
        pieces = literal.text.split(HOLE)
        if len(pieces) - 1 != len(literal.holes):
            yield literal.text
            continue
        text = pieces[0]
        for hole, piece in zip(literal.holes, pieces[1:]):
            text += constants.get(hole, HOLE) + piece
        yield text


def swift_files(folder):
    return sorted(p for p in folder.rglob("*.swift"))


def main():
    verbose = "-v" in sys.argv[1:]
    messages = []
    for module in MODULES:
        for path in swift_files(ROOT / "Sources" / module):
            relative = str(path.relative_to(ROOT))
            if relative in SKIP_FILES:
                continue
            messages += [m for m in lex(relative, path.read_text(encoding="utf-8")) if classify(m) == "message"]
    tests = []
    for path in swift_files(ROOT / "Tests"):
        relative = str(path.relative_to(ROOT))
        tests += [(relative, text) for text in expanded(lex(relative, path.read_text(encoding="utf-8")))]

    # Each message once: the same text at two places is one message (pinned or not).
    unpinned, unreachable, pinned = [], [], []
    for message in messages:
        regex = pattern(message)
        fixed = max(message.text.split(HOLE), key=len)
        pinned_by = next((path for path, text in tests if fixed in text and regex.search(text)), None)
        why = next((why for (file, start), why in UNREACHABLE.items()
                    if message.path == file and message.shown.startswith(start)), None)
        if pinned_by:
            pinned.append((message, pinned_by))
        elif why:
            unreachable.append((message, why))
        else:
            unpinned.append(message)
    if verbose:
        for message, test in pinned:
            print(f"{message.path}:{message.line}: pinned by {test}: {message.shown!r}")
        for message, why in unreachable:
            print(f"{message.path}:{message.line}: unreachable ({why}): {message.shown!r}")
    for message in unpinned:
        print(f"{message.path}:{message.line}: unpinned: {message.shown!r}")
    print(f"{len(messages)} messages: {len(pinned)} pinned by a test, {len(unreachable)} unreachable, "
          f"{len(unpinned)} unpinned")
    return 1 if unpinned else 0


if __name__ == "__main__":
    sys.exit(main())
